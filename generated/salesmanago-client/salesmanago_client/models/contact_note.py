from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactNote")


@_attrs_define
class ContactNote:
    """
    Attributes:
        note (str | Unset):
        date (int | Unset): Note creation date.
        priv (bool | Unset): Whether the note is private.
    """

    note: str | Unset = UNSET
    date: int | Unset = UNSET
    priv: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note = self.note

        date = self.date

        priv = self.priv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if note is not UNSET:
            field_dict["note"] = note
        if date is not UNSET:
            field_dict["date"] = date
        if priv is not UNSET:
            field_dict["priv"] = priv

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactNote is a JSON object")
        d = dict(src_dict)
        note = absent_if_null(d.pop("note", UNSET))

        date = absent_if_null(d.pop("date", UNSET))

        priv = absent_if_null(d.pop("priv", UNSET))

        contact_note = cls(
            note=note,
            date=date,
            priv=priv,
        )

        contact_note.additional_properties = d
        return contact_note

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
