from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

T = TypeVar("T", bound="ContactBasicByIdRequest")


@_attrs_define
class ContactBasicByIdRequest:
    """
    Attributes:
        id (list[str]):
        owner (str | Unset): SALESmanago user account email.
    """

    id: list[str]
    owner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactBasicByIdRequest is a JSON object")
        d = dict(src_dict)
        id = cast(list[str], checked_list(d.pop("id"), str))

        owner = absent_if_null(d.pop("owner", UNSET))

        contact_basic_by_id_request = cls(
            id=id,
            owner=owner,
        )

        contact_basic_by_id_request.additional_properties = d
        return contact_basic_by_id_request

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
