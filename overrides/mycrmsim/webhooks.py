"""Inbound-message webhooks: the payload myCRMSIM POSTs to a subscribed ``targetUrl``.

004_295254930d8e4ee9.txt, "Subscribe Webhook" (Webhook Payload): ``{id, phone_number,
locationId, message, created_at}``, ``created_at`` an ISO 8601 time such as
``2026-05-21T10:00:00.000Z`` (spec schema ``InboundMessage``). The vendor documents no
signature or secret on these calls, so there is nothing to verify but the shape: mount
``parse_inbound_message`` in any web framework and answer 2xx.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._common.errors import APIError
from .._common.jsonbody import JSONTooDeepError, loads

REQUIRED = ("id", "phone_number", "locationId", "created_at")


class WebhookPayloadError(APIError, ValueError):
    """An inbound webhook body that is not the documented payload; ``field`` names the culprit."""

    def __init__(self, field: str, detail: str) -> None:
        self.field = field
        super().__init__(f"invalid myCRMSIM webhook payload: {field!r} {detail}")


@dataclass(frozen=True)
class InboundMessage:
    """One inbound SMS, as the ``new_message`` webhook delivers it."""

    id: str
    phone_number: str
    location_id: str
    created_at: datetime.datetime
    """Timezone-aware (UTC in the vendor's sample)."""
    message: str | None = None
    """The text; None when the payload has none (e.g. an MMS without text: not documented)."""


def _text(document: Mapping[str, Any], name: str) -> str:
    value = document.get(name)
    if value is None:
        raise WebhookPayloadError(name, "is required")
    if not isinstance(value, str) or not value:
        raise WebhookPayloadError(name, "must be a non-empty string")
    return value


def _timestamp(value: str) -> datetime.datetime:
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise WebhookPayloadError("created_at", "must be an ISO 8601 date-time") from None
    if moment.tzinfo is None:
        raise WebhookPayloadError("created_at", "must carry a time zone (e.g. 'Z')")
    return moment


def parse_inbound_message(body: bytes | str | Mapping[str, Any]) -> InboundMessage:
    """The typed inbound message of a webhook body (raw JSON or already decoded).

    Raises ``WebhookPayloadError`` (a ``ValueError``) naming the field on a malformed body;
    unknown extra fields are ignored, so a vendor addition does not break the receiver.
    """
    document: Any = body
    if isinstance(body, (bytes, str)):
        try:
            document = loads(body)
        except ValueError as error:
            detail = "is nested too deeply" if isinstance(error, JSONTooDeepError) else "is not JSON"
            raise WebhookPayloadError("<body>", detail) from None
    if not isinstance(document, Mapping):
        raise WebhookPayloadError("<body>", "is not a JSON object")
    message = document.get("message")
    if message is not None and not isinstance(message, str):
        raise WebhookPayloadError("message", "must be a string")
    return InboundMessage(
        id=_text(document, "id"),
        phone_number=_text(document, "phone_number"),
        location_id=_text(document, "locationId"),
        created_at=_timestamp(_text(document, "created_at")),
        message=message,
    )
