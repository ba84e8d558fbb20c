from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMessageResponse")


@_attrs_define
class SendMessageResponse:
    """
    Attributes:
        id (str): Message id, e.g. `msg_xyz789`.
        phone (str): Recipient phone number (E.164).
        location_id (str): The location the message was sent from.
        status (str): Delivery status, e.g. `sent`. No other values are documented.
        sent_at (datetime.datetime): Send time, ISO 8601 date-time in UTC with milliseconds (e.g.
            `2026-05-21T10:00:00.000Z`).
        message (None | str | Unset): Message text. Null is allowed (a guess) for a send with attachments only.
    """

    id: str
    phone: str
    location_id: str
    status: str
    sent_at: datetime.datetime
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone = self.phone

        location_id = self.location_id

        status = self.status

        sent_at = self.sent_at.isoformat()

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phone": phone,
                "locationId": location_id,
                "status": status,
                "sent_at": sent_at,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("SendMessageResponse is a JSON object")
        d = dict(src_dict)
        id = d.pop("id")

        phone = d.pop("phone")

        location_id = d.pop("locationId")

        status = d.pop("status")

        sent_at = datetime.datetime.fromisoformat(d.pop("sent_at"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        send_message_response = cls(
            id=id,
            phone=phone,
            location_id=location_id,
            status=status,
            sent_at=sent_at,
            message=message,
        )

        send_message_response.additional_properties = d
        return send_message_response

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
