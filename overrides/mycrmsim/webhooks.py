"""Inbound-message webhooks: the payload myCRMSIM POSTs to a subscribed ``targetUrl``.

004_295254930d8e4ee9.txt, "Subscribe Webhook" (Webhook Payload): ``{id, phone_number,
locationId, message, created_at}``, ``created_at`` an ISO 8601 time such as
``2026-05-21T10:00:00.000Z`` (spec schema ``InboundMessage``). The vendor documents no
signature or secret on these calls, so there is nothing to verify but the shape: mount
``parse_inbound_message`` in any web framework and answer 2xx. A malformed body raises
``WebhookPayloadError``, an ``InvalidResponseError`` (and a ``ValueError``) keeping the payload.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._common.errors import WebhookPayloadError
from .._common.jsonbody import JSONTooDeepError, loads

REQUIRED = ("id", "phone_number", "locationId", "created_at")
VENDOR = "myCRMSIM"


class _RefusedError(Exception):
    """Where the payload breaks the documented shape; turned into ``WebhookPayloadError`` with the payload."""

    def __init__(self, field: str, rule: str, detail: str) -> None:
        super().__init__(field, rule, detail)
        self.where = (field, rule, detail)


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
        raise _RefusedError(name, "required", "is required")
    if not isinstance(value, str) or not value:
        raise _RefusedError(name, "type", "must be a non-empty string")
    return value


def _timestamp(value: str) -> datetime.datetime:
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise _RefusedError("created_at", "format", "must be an ISO 8601 date-time") from None
    if moment.tzinfo is None:
        raise _RefusedError("created_at", "format", "must carry a time zone (e.g. 'Z')")
    return moment


def parse_inbound_message(body: bytes | str | Mapping[str, Any]) -> InboundMessage:
    """The typed inbound message of a webhook body (raw JSON or already decoded).

    Raises ``WebhookPayloadError`` (an ``InvalidResponseError`` and a ``ValueError``) naming the
    field on a malformed body; unknown extra fields are ignored, so a vendor addition does not
    break the receiver.
    """
    try:
        return _read(body)
    except _RefusedError as refused:
        where = refused.where
    raise WebhookPayloadError(VENDOR, *where, payload=body)  # outside the except: no frame holding the body


def _read(body: bytes | str | Mapping[str, Any]) -> InboundMessage:
    document: Any = body
    if isinstance(body, (bytes, str)):
        try:
            document = loads(body)
        except (ValueError, UnicodeError) as error:
            detail = "is nested too deeply" if isinstance(error, JSONTooDeepError) else "is not JSON"
            raise _RefusedError("<body>", "type", detail) from None
    if not isinstance(document, Mapping):
        raise _RefusedError("<body>", "type", "is not a JSON object")
    message = document.get("message")
    if message is not None and not isinstance(message, str):
        raise _RefusedError("message", "type", "must be a string")
    return InboundMessage(
        id=_text(document, "id"),
        phone_number=_text(document, "phone_number"),
        location_id=_text(document, "locationId"),
        created_at=_timestamp(_text(document, "created_at")),
        message=message,
    )
