from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_dictionary_property_type import ContactDictionaryPropertyType
from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactDictionaryProperty")


@_attrs_define
class ContactDictionaryProperty:
    """A dictionary detail; defined system-wide once used for any contact.

    Attributes:
        name (str | Unset):
        type_ (ContactDictionaryPropertyType | Unset):
        value (int | Unset): Positive integer for NUMBER; UNIX time in ms (time 00:00:00 UTC) for DATE.
    """

    name: str | Unset = UNSET
    type_: ContactDictionaryPropertyType | Unset = UNSET
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactDictionaryProperty is a JSON object")
        d = dict(src_dict)
        name = absent_if_null(d.pop("name", UNSET))

        _type_ = absent_if_null(d.pop("type", UNSET))
        type_: ContactDictionaryPropertyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ContactDictionaryPropertyType(_type_)

        value = absent_if_null(d.pop("value", UNSET))

        contact_dictionary_property = cls(
            name=name,
            type_=type_,
            value=value,
        )

        contact_dictionary_property.additional_properties = d
        return contact_dictionary_property

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
