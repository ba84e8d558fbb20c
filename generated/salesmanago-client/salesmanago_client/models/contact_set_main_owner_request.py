from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactSetMainOwnerRequest")


@_attrs_define
class ContactSetMainOwnerRequest:
    """
    Attributes:
        contact (str): Contact email; up to 64 characters before the @, 254 in total (002:35-37).
        new_owner (str): SALESmanago user account email.
        owner (str | Unset): SALESmanago user account email.
    """

    contact: str
    new_owner: str
    owner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact = self.contact

        new_owner = self.new_owner

        owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact": contact,
                "newOwner": new_owner,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactSetMainOwnerRequest is a JSON object")
        d = dict(src_dict)
        contact = d.pop("contact")

        new_owner = d.pop("newOwner")

        owner = absent_if_null(d.pop("owner", UNSET))

        contact_set_main_owner_request = cls(
            contact=contact,
            new_owner=new_owner,
            owner=owner,
        )

        contact_set_main_owner_request.additional_properties = d
        return contact_set_main_owner_request

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
