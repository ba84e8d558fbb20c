from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_task_input_reminder import ContactTaskInputReminder
from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactTaskInput")


@_attrs_define
class ContactTaskInput:
    """Task data. contactEmail, date and reminder are required when adding a task; id identifies an existing task.

    Attributes:
        contact_email (str | Unset): Contact email; up to 64 characters before the @, 254 in total (002:35-37).
        id (str | Unset): task ID
        note (str | Unset): task note
        date (int | Unset): date of the task, UNIX timestamp [ms] (the table gives length 255)
        cc (str | Unset): comma-separated emails to send the reminder to
        reminder (ContactTaskInputReminder | Unset): when to send the reminder before the task
        realized (bool | Unset): mark the task as completed
    """

    contact_email: str | Unset = UNSET
    id: str | Unset = UNSET
    note: str | Unset = UNSET
    date: int | Unset = UNSET
    cc: str | Unset = UNSET
    reminder: ContactTaskInputReminder | Unset = UNSET
    realized: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_email = self.contact_email

        id = self.id

        note = self.note

        date = self.date

        cc = self.cc

        reminder: str | Unset = UNSET
        if not isinstance(self.reminder, Unset):
            reminder = self.reminder.value

        realized = self.realized

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_email is not UNSET:
            field_dict["contactEmail"] = contact_email
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
        if realized is not UNSET:
            field_dict["realized"] = realized

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactTaskInput is a JSON object")
        d = dict(src_dict)
        contact_email = absent_if_null(d.pop("contactEmail", UNSET))

        id = absent_if_null(d.pop("id", UNSET))

        note = absent_if_null(d.pop("note", UNSET))

        date = absent_if_null(d.pop("date", UNSET))

        cc = absent_if_null(d.pop("cc", UNSET))

        _reminder = absent_if_null(d.pop("reminder", UNSET))
        reminder: ContactTaskInputReminder | Unset
        if isinstance(_reminder, Unset):
            reminder = UNSET
        else:
            reminder = ContactTaskInputReminder(_reminder)

        realized = absent_if_null(d.pop("realized", UNSET))

        contact_task_input = cls(
            contact_email=contact_email,
            id=id,
            note=note,
            date=date,
            cc=cc,
            reminder=reminder,
            realized=realized,
        )

        contact_task_input.additional_properties = d
        return contact_task_input

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
