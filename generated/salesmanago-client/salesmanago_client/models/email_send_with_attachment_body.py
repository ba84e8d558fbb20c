from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

if TYPE_CHECKING:
    from ..models.email_send_with_attachment_request import EmailSendWithAttachmentRequest


T = TypeVar("T", bound="EmailSendWithAttachmentBody")


@_attrs_define
class EmailSendWithAttachmentBody:
    """
    Attributes:
        email_send_request (EmailSendWithAttachmentRequest):
        attachment (File): the attached file
    """

    email_send_request: EmailSendWithAttachmentRequest
    attachment: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_send_request = self.email_send_request.to_dict()

        attachment = self.attachment.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emailSendRequest": email_send_request,
                "attachment": attachment,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("emailSendRequest", (None, json.dumps(self.email_send_request.to_dict()).encode(), "application/json"))
        )

        files.append(("attachment", self.attachment.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_send_with_attachment_request import EmailSendWithAttachmentRequest  # noqa: PLC0415

        d = dict(src_dict)
        email_send_request = EmailSendWithAttachmentRequest.from_dict(d.pop("emailSendRequest"))

        attachment = File(payload=BytesIO(d.pop("attachment")))

        email_send_with_attachment_body = cls(
            email_send_request=email_send_request,
            attachment=attachment,
        )

        email_send_with_attachment_body.additional_properties = d
        return email_send_with_attachment_body

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
