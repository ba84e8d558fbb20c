from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactTagsRequest")


@_attrs_define
class ContactTagsRequest:
    """
    Attributes:
        show_system_tags (bool): also return system tags
        owner (str | Unset): SALESmanago user account email.
    """

    show_system_tags: bool
    owner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        show_system_tags = self.show_system_tags

        owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "showSystemTags": show_system_tags,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactTagsRequest is a JSON object")
        d = dict(src_dict)
        show_system_tags = d.pop("showSystemTags")

        owner = absent_if_null(d.pop("owner", UNSET))

        contact_tags_request = cls(
            show_system_tags=show_system_tags,
            owner=owner,
        )

        contact_tags_request.additional_properties = d
        return contact_tags_request

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
