from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactTask")


@_attrs_define
class ContactTask:
    """
    Attributes:
        id (str | Unset):
        note (str | Unset):
        date (int | Unset):
        cc (str | Unset): Carbon copy (email) of the reminder; may be empty.
        reminder (int | Unset): Reminder date.
    """

    id: str | Unset = UNSET
    note: str | Unset = UNSET
    date: int | Unset = UNSET
    cc: str | Unset = UNSET
    reminder: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        note = self.note

        date = self.date

        cc = self.cc

        reminder = self.reminder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if note is not UNSET:
            field_dict["note"] = note
        if date is not UNSET:
            field_dict["date"] = date
        if cc is not UNSET:
            field_dict["cc"] = cc
        if reminder is not UNSET:
            field_dict["reminder"] = reminder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactTask is a JSON object")
        d = dict(src_dict)
        id = absent_if_null(d.pop("id", UNSET))

        note = absent_if_null(d.pop("note", UNSET))

        date = absent_if_null(d.pop("date", UNSET))

        cc = absent_if_null(d.pop("cc", UNSET))

        reminder = absent_if_null(d.pop("reminder", UNSET))

        contact_task = cls(
            id=id,
            note=note,
            date=date,
            cc=cc,
            reminder=reminder,
        )

        contact_task.additional_properties = d
        return contact_task

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
