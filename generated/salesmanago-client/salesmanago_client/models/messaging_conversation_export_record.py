from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="MessagingConversationExportRecord")


@_attrs_define
class MessagingConversationExportRecord:
    """One record of the JSON files (in a ZIP archive) exported by messaging/conversation/data.

    Attributes:
        name (str | Unset): internal name of the conversation
        date (int | Unset): UNIX timestamp [ms]
        clicked_on (int | None | Unset): UNIX timestamp [ms] (in the sample only)
        text_content (str | Unset): message content, placeholders not resolved
        phone (str | Unset):
        contact_id (str | Unset):
        email (None | str | Unset): (in the sample only)
        external_id (None | str | Unset):
        channel (str | Unset): SMS, WhatsApp or Viber
        status (str | Unset): "Sent" (relayed to the provider) or "Collecting data" (scheduled)
    """

    name: str | Unset = UNSET
    date: int | Unset = UNSET
    clicked_on: int | None | Unset = UNSET
    text_content: str | Unset = UNSET
    phone: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    email: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    channel: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        date = self.date

        clicked_on: int | None | Unset
        if isinstance(self.clicked_on, Unset):
            clicked_on = UNSET
        else:
            clicked_on = self.clicked_on

        text_content = self.text_content

        phone = self.phone

        contact_id = self.contact_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        channel = self.channel

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if date is not UNSET:
            field_dict["date"] = date
        if clicked_on is not UNSET:
            field_dict["clickedOn"] = clicked_on
        if text_content is not UNSET:
            field_dict["textContent"] = text_content
        if phone is not UNSET:
            field_dict["phone"] = phone
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if email is not UNSET:
            field_dict["email"] = email
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if channel is not UNSET:
            field_dict["channel"] = channel
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("MessagingConversationExportRecord is a JSON object")
        d = dict(src_dict)
        name = absent_if_null(d.pop("name", UNSET))

        date = absent_if_null(d.pop("date", UNSET))

        def _parse_clicked_on(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        clicked_on = _parse_clicked_on(d.pop("clickedOn", UNSET))

        text_content = absent_if_null(d.pop("textContent", UNSET))

        phone = absent_if_null(d.pop("phone", UNSET))

        contact_id = absent_if_null(d.pop("contactId", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        channel = absent_if_null(d.pop("channel", UNSET))

        status = absent_if_null(d.pop("status", UNSET))

        messaging_conversation_export_record = cls(
            name=name,
            date=date,
            clicked_on=clicked_on,
            text_content=text_content,
            phone=phone,
            contact_id=contact_id,
            email=email,
            external_id=external_id,
            channel=channel,
            status=status,
        )

        messaging_conversation_export_record.additional_properties = d
        return messaging_conversation_export_record

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
