from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="FunnelDeleteRequest")


@_attrs_define
class FunnelDeleteRequest:
    """
    Attributes:
        funnel (str): name of the funnel
        owner (str | Unset): SALESmanago user account email.
        stage (str | Unset): name of the stage to delete; when empty the whole funnel is deleted
    """

    funnel: str
    owner: str | Unset = UNSET
    stage: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        funnel = self.funnel

        owner = self.owner

        stage = self.stage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "funnel": funnel,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if stage is not UNSET:
            field_dict["stage"] = stage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("FunnelDeleteRequest is a JSON object")
        d = dict(src_dict)
        funnel = d.pop("funnel")

        owner = absent_if_null(d.pop("owner", UNSET))

        stage = absent_if_null(d.pop("stage", UNSET))

        funnel_delete_request = cls(
            funnel=funnel,
            owner=owner,
            stage=stage,
        )

        funnel_delete_request.additional_properties = d
        return funnel_delete_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
