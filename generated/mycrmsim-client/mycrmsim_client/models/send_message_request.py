from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

T = TypeVar("T", bound="SendMessageRequest")


@_attrs_define
class SendMessageRequest:
    """`phone` and `locationId` are required. `message` is required unless `attachments` are given (at least one URL).

    Attributes:
        phone (str): Recipient phone number in E.164 format, e.g. `+923001234567`.
        location_id (str): The location (sender identity) to send from.
        message (str | Unset): Message text, at most 1600 characters, not empty (inferred: an empty text is no message).
            Required unless `attachments` are given. The vendor does not say how characters are counted; `maxLength` counts
            Unicode code points, and so does the client (a guess: overrides/mycrmsim/sending.py).
        attachments (list[str] | Unset): Publicly accessible URLs of media files (images, PDFs, videos). "Publicly
            accessible" is read as absolute http(s) URLs (the pattern); the vendor names no scheme.
    """

    phone: str
    location_id: str
    message: str | Unset = UNSET
    attachments: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        location_id = self.location_id

        message = self.message

        attachments: list[str] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "locationId": location_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("SendMessageRequest is a JSON object")
        d = dict(src_dict)
        phone = d.pop("phone")

        location_id = d.pop("locationId")

        message = absent_if_null(d.pop("message", UNSET))

        attachments = cast(list[str], checked_list(absent_if_null(d.pop("attachments", UNSET)), str))

        send_message_request = cls(
            phone=phone,
            location_id=location_id,
            message=message,
            attachments=attachments,
        )

        send_message_request.additional_properties = d
        return send_message_request

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
