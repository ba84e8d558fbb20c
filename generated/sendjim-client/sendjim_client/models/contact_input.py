from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

T = TypeVar("T", bound="ContactInput")


@_attrs_define
class ContactInput:
    """Contact fields as sent by a client: every field optional (a `PUT` is partial). `StreetAddress`
    holds the street line; `StreetAddress2` the apartment/suite line.

        Attributes:
            first_name (str | Unset):
            last_name (str | Unset):
            street_address (str | Unset):
            street_address_2 (str | Unset):
            city (str | Unset):
            state (str | Unset): State (US two-letter code in practice).
            postal_code (str | Unset): Postal (ZIP) code, as a string.
            email (str | Unset):
            phone_number (str | Unset):
            tags (list[str] | Unset): Tag names to apply.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    street_address: str | Unset = UNSET
    street_address_2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        street_address = self.street_address

        street_address_2 = self.street_address_2

        city = self.city

        state = self.state

        postal_code = self.postal_code

        email = self.email

        phone_number = self.phone_number

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["FirstName"] = first_name
        if last_name is not UNSET:
            field_dict["LastName"] = last_name
        if street_address is not UNSET:
            field_dict["StreetAddress"] = street_address
        if street_address_2 is not UNSET:
            field_dict["StreetAddress2"] = street_address_2
        if city is not UNSET:
            field_dict["City"] = city
        if state is not UNSET:
            field_dict["State"] = state
        if postal_code is not UNSET:
            field_dict["PostalCode"] = postal_code
        if email is not UNSET:
            field_dict["Email"] = email
        if phone_number is not UNSET:
            field_dict["PhoneNumber"] = phone_number
        if tags is not UNSET:
            field_dict["Tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactInput is a JSON object")
        d = dict(src_dict)
        first_name = absent_if_null(d.pop("FirstName", UNSET))

        last_name = absent_if_null(d.pop("LastName", UNSET))

        street_address = absent_if_null(d.pop("StreetAddress", UNSET))

        street_address_2 = absent_if_null(d.pop("StreetAddress2", UNSET))

        city = absent_if_null(d.pop("City", UNSET))

        state = absent_if_null(d.pop("State", UNSET))

        postal_code = absent_if_null(d.pop("PostalCode", UNSET))

        email = absent_if_null(d.pop("Email", UNSET))

        phone_number = absent_if_null(d.pop("PhoneNumber", UNSET))

        tags = cast(list[str], checked_list(absent_if_null(d.pop("Tags", UNSET)), str))

        contact_input = cls(
            first_name=first_name,
            last_name=last_name,
            street_address=street_address,
            street_address_2=street_address_2,
            city=city,
            state=state,
            postal_code=postal_code,
            email=email,
            phone_number=phone_number,
            tags=tags,
        )

        contact_input.additional_properties = d
        return contact_input

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
