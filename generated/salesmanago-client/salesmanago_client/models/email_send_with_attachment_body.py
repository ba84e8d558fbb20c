from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import File

if TYPE_CHECKING:
    from ..models.email_send_with_attachment_request import EmailSendWithAttachmentRequest


T = TypeVar("T", bound="EmailSendWithAttachmentBody")


@_attrs_define
class EmailSendWithAttachmentBody:
    """Exactly two parts, the JSON request and the file (002_49c1c1f03972444b.txt:3285-3350).

    Attributes:
        email_send_request (EmailSendWithAttachmentRequest):
        attachment (File): the attached file
    """

    email_send_request: EmailSendWithAttachmentRequest
    attachment: File

    def to_dict(self) -> dict[str, Any]:
        email_send_request = self.email_send_request.to_dict()

        attachment = self.attachment.to_tuple()

        field_dict: dict[str, Any] = {}

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

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_send_with_attachment_request import EmailSendWithAttachmentRequest  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("EmailSendWithAttachmentBody is a JSON object")
        d = dict(src_dict)
        email_send_request = EmailSendWithAttachmentRequest.from_dict(d.pop("emailSendRequest"))

        attachment = File(payload=BytesIO(d.pop("attachment")))

        email_send_with_attachment_body = cls(
            email_send_request=email_send_request,
            attachment=attachment,
        )

        return email_send_with_attachment_body
