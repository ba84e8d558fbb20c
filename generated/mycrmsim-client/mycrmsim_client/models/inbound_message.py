from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="InboundMessage")


@_attrs_define
class InboundMessage:
    """Payload that myCRMSIM POSTs to a subscribed `targetUrl` when an inbound SMS arrives (event `new_message`). Reused by
    the top-level `webhooks.newMessage`.

        Attributes:
            id (str): Message id, e.g. `msg_abc123`.
            phone_number (str): Sender's phone number (E.164 in the sample).
            location_id (str): The location that received the message.
            created_at (datetime.datetime): Receive time, ISO 8601 date-time in UTC with milliseconds (e.g.
                `2026-05-21T10:00:00.000Z`).
            message (str | Unset): Message text.
    """

    id: str
    phone_number: str
    location_id: str
    created_at: datetime.datetime
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone_number = self.phone_number

        location_id = self.location_id

        created_at = self.created_at.isoformat()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phone_number": phone_number,
                "locationId": location_id,
                "created_at": created_at,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("InboundMessage is a JSON object")
        d = dict(src_dict)
        id = d.pop("id")

        phone_number = d.pop("phone_number")

        location_id = d.pop("locationId")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        message = absent_if_null(d.pop("message", UNSET))

        inbound_message = cls(
            id=id,
            phone_number=phone_number,
            location_id=location_id,
            created_at=created_at,
            message=message,
        )

        inbound_message.additional_properties = d
        return inbound_message

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
