from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactTagCount")


@_attrs_define
class ContactTagCount:
    """
    Attributes:
        tag (str | Unset): tag name
        number_of_tagged (int | Unset): number of tagged contacts
    """

    tag: str | Unset = UNSET
    number_of_tagged: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag = self.tag

        number_of_tagged = self.number_of_tagged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag is not UNSET:
            field_dict["tag"] = tag
        if number_of_tagged is not UNSET:
            field_dict["numberOfTagged"] = number_of_tagged

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactTagCount is a JSON object")
        d = dict(src_dict)
        tag = absent_if_null(d.pop("tag", UNSET))

        number_of_tagged = absent_if_null(d.pop("numberOfTagged", UNSET))

        contact_tag_count = cls(
            tag=tag,
            number_of_tagged=number_of_tagged,
        )

        contact_tag_count.additional_properties = d
        return contact_tag_count

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
