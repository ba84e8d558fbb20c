"""myCRMSIM inbound-message webhooks: the documented payload parses; malformed ones name the field."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest
from mycrmsim_client import InboundMessage, InvalidResponseError, WebhookPayloadError, parse_inbound_message

SAMPLE = {  # 004_295254930d8e4ee9.txt, "Subscribe Webhook" (Webhook Payload)
    "id": "msg_abc123",
    "phone_number": "+923001234567",
    "locationId": "loc_abc123",
    "message": "Reply message text",
    "created_at": "2026-05-21T10:00:00.000Z",
}
EXPECTED = InboundMessage(
    id="msg_abc123",
    phone_number="+923001234567",
    location_id="loc_abc123",
    created_at=datetime.datetime(2026, 5, 21, 10, 0, tzinfo=datetime.UTC),
    message="Reply message text",
)


@pytest.mark.parametrize("body", [json.dumps(SAMPLE).encode(), json.dumps(SAMPLE), SAMPLE])
def test_the_documented_payload_parses(body: bytes | str | dict[str, Any]) -> None:
    assert parse_inbound_message(body) == EXPECTED


def test_extra_fields_are_ignored_and_message_may_be_absent() -> None:
    body = {key: value for key, value in SAMPLE.items() if key != "message"} | {"media": ["https://x.test/a.jpg"]}
    parsed = parse_inbound_message(body)
    assert parsed.message is None and parsed.id == "msg_abc123"


@pytest.mark.parametrize("field", ["id", "phone_number", "locationId", "created_at"])
def test_a_missing_field_is_named(field: str) -> None:
    body = {key: value for key, value in SAMPLE.items() if key != field}
    with pytest.raises(WebhookPayloadError, match="is required") as error:
        parse_inbound_message(body)
    assert error.value.field == field


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("id", 42, "non-empty string"),
        ("locationId", "", "non-empty string"),
        ("message", ["a"], "must be a string"),
        ("created_at", "yesterday", "ISO 8601"),
        ("created_at", "2026-05-21T10:00:00", "time zone"),
    ],
)
def test_a_malformed_field_is_named(field: str, value: Any, problem: str) -> None:
    with pytest.raises(WebhookPayloadError, match=problem) as error:
        parse_inbound_message({**SAMPLE, field: value})
    assert error.value.field == field
    assert isinstance(error.value, ValueError)


@pytest.mark.parametrize(
    ("body", "problem"), [(b"<html>", "not JSON"), (b"\xff\xfe", "not JSON"), ("[1, 2]", "not a JSON object")]
)
def test_a_body_that_is_no_json_object_is_refused(body: bytes | str, problem: str) -> None:
    with pytest.raises(WebhookPayloadError, match=problem) as error:
        parse_inbound_message(body)
    assert error.value.field == "<body>"
    assert isinstance(error.value, InvalidResponseError)
    assert (error.value.response, error.value.status_code, error.value.payload) == (None, None, body)
