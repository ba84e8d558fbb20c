from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactUpdateRequest")


@_attrs_define
class ContactUpdateRequest:
    """JSON body of `PUT /contacts/{contact}` (EVIDENCE.md:66). Send only the fields to change.

    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        number (str | Unset): Phone number.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactUpdateRequest is a JSON object")
        d = dict(src_dict)
        first_name = absent_if_null(d.pop("first_name", UNSET))

        last_name = absent_if_null(d.pop("last_name", UNSET))

        email = absent_if_null(d.pop("email", UNSET))

        number = absent_if_null(d.pop("number", UNSET))

        contact_update_request = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            number=number,
        )

        contact_update_request.additional_properties = d
        return contact_update_request

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
