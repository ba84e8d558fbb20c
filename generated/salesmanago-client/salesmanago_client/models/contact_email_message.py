from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactEmailMessage")


@_attrs_define
class ContactEmailMessage:
    """An email sent to the contact (past 3 months).

    Attributes:
        name (str | Unset):
        subject (str | Unset):
        date (int | Unset): Message creation date.
        sent (bool | Unset):
        date_sent (int | None | Unset):
        opened (bool | Unset):
        date_opened (int | None | Unset):
        clicked (bool | Unset):
        date_clicked (int | None | Unset):
        email_conversation (int | None | Unset): Conversation ID.
        int_id (int | None | Unset): Shown in the samples (always null); not in the field list.
        delivery_status (None | str | Unset):
    """

    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    date: int | Unset = UNSET
    sent: bool | Unset = UNSET
    date_sent: int | None | Unset = UNSET
    opened: bool | Unset = UNSET
    date_opened: int | None | Unset = UNSET
    clicked: bool | Unset = UNSET
    date_clicked: int | None | Unset = UNSET
    email_conversation: int | None | Unset = UNSET
    int_id: int | None | Unset = UNSET
    delivery_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subject = self.subject

        date = self.date

        sent = self.sent

        date_sent: int | None | Unset
        if isinstance(self.date_sent, Unset):
            date_sent = UNSET
        else:
            date_sent = self.date_sent

        opened = self.opened

        date_opened: int | None | Unset
        if isinstance(self.date_opened, Unset):
            date_opened = UNSET
        else:
            date_opened = self.date_opened

        clicked = self.clicked

        date_clicked: int | None | Unset
        if isinstance(self.date_clicked, Unset):
            date_clicked = UNSET
        else:
            date_clicked = self.date_clicked

        email_conversation: int | None | Unset
        if isinstance(self.email_conversation, Unset):
            email_conversation = UNSET
        else:
            email_conversation = self.email_conversation

        int_id: int | None | Unset
        if isinstance(self.int_id, Unset):
            int_id = UNSET
        else:
            int_id = self.int_id

        delivery_status: None | str | Unset
        if isinstance(self.delivery_status, Unset):
            delivery_status = UNSET
        else:
            delivery_status = self.delivery_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if date is not UNSET:
            field_dict["date"] = date
        if sent is not UNSET:
            field_dict["sent"] = sent
        if date_sent is not UNSET:
            field_dict["dateSent"] = date_sent
        if opened is not UNSET:
            field_dict["opened"] = opened
        if date_opened is not UNSET:
            field_dict["dateOpened"] = date_opened
        if clicked is not UNSET:
            field_dict["clicked"] = clicked
        if date_clicked is not UNSET:
            field_dict["dateClicked"] = date_clicked
        if email_conversation is not UNSET:
            field_dict["emailConversation"] = email_conversation
        if int_id is not UNSET:
            field_dict["intId"] = int_id
        if delivery_status is not UNSET:
            field_dict["deliveryStatus"] = delivery_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactEmailMessage is a JSON object")
        d = dict(src_dict)
        name = absent_if_null(d.pop("name", UNSET))

        subject = absent_if_null(d.pop("subject", UNSET))

        date = absent_if_null(d.pop("date", UNSET))

        sent = absent_if_null(d.pop("sent", UNSET))

        def _parse_date_sent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        date_sent = _parse_date_sent(d.pop("dateSent", UNSET))

        opened = absent_if_null(d.pop("opened", UNSET))

        def _parse_date_opened(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        date_opened = _parse_date_opened(d.pop("dateOpened", UNSET))

        clicked = absent_if_null(d.pop("clicked", UNSET))

        def _parse_date_clicked(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        date_clicked = _parse_date_clicked(d.pop("dateClicked", UNSET))

        def _parse_email_conversation(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        email_conversation = _parse_email_conversation(d.pop("emailConversation", UNSET))

        def _parse_int_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        int_id = _parse_int_id(d.pop("intId", UNSET))

        def _parse_delivery_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_status = _parse_delivery_status(d.pop("deliveryStatus", UNSET))

        contact_email_message = cls(
            name=name,
            subject=subject,
            date=date,
            sent=sent,
            date_sent=date_sent,
            opened=opened,
            date_opened=date_opened,
            clicked=clicked,
            date_clicked=date_clicked,
            email_conversation=email_conversation,
            int_id=int_id,
            delivery_status=delivery_status,
        )

        contact_email_message.additional_properties = d
        return contact_email_message

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
