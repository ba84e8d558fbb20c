from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactAddNoteRequest")


@_attrs_define
class ContactAddNoteRequest:
    """The contact is identified by email or, alternatively, contactId (the table stars both).

    Attributes:
        note (str): note content
        owner (str | Unset): SALESmanago user account email.
        email (str | Unset): Contact email; up to 64 characters before the @, 254 in total (002:35-37).
        contact_id (str | Unset): contact ID (alternative to email)
        priv (bool | Unset): private note, visible only to the user who added it Default: False.
    """

    note: str
    owner: str | Unset = UNSET
    email: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    priv: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note = self.note

        owner = self.owner

        email = self.email

        contact_id = self.contact_id

        priv = self.priv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "note": note,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if email is not UNSET:
            field_dict["email"] = email
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if priv is not UNSET:
            field_dict["priv"] = priv

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactAddNoteRequest is a JSON object")
        d = dict(src_dict)
        note = d.pop("note")

        owner = absent_if_null(d.pop("owner", UNSET))

        email = absent_if_null(d.pop("email", UNSET))

        contact_id = absent_if_null(d.pop("contactId", UNSET))

        priv = absent_if_null(d.pop("priv", UNSET))

        contact_add_note_request = cls(
            note=note,
            owner=owner,
            email=email,
            contact_id=contact_id,
            priv=priv,
        )

        contact_add_note_request.additional_properties = d
        return contact_add_note_request

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
