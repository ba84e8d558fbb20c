"""myCRMSIM send rules: each one refuses with the field named and nothing sent; valid sends go out."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import mycrmsim_client
import pytest
from mycrmsim_client import RequestValidationError, TokenSet
from mycrmsim_client.api.messages import messages_send
from mycrmsim_client.client import Client
from mycrmsim_client.models.send_message_request import SendMessageRequest
from mycrmsim_client.models.send_message_response import SendMessageResponse

PHONE = "+923001234567"
LOCATION = "loc_abc123"
REPLY = {
    "id": "msg_xyz789",
    "phone": PHONE,
    "locationId": LOCATION,
    "message": "Hello from myCRMSIM",
    "status": "sent",
    "sent_at": "2026-05-21T10:00:00.000Z",
}


class Recorder:
    """Answers every send with the vendor's sample and keeps what was sent."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return httpx.Response(200, json=REPLY)


def client_for(recorder: Recorder) -> Client:
    return mycrmsim_client.create_client(
        client_id="id",
        client_secret="secret-value",
        tokens=TokenSet("access-token-value"),
        on_refresh=lambda tokens: None,
        transport=httpx.MockTransport(recorder.handle),
        async_transport=httpx.MockTransport(recorder.handle),
    )


def send(body: dict[str, Any]) -> tuple[Recorder, Any]:
    recorder = Recorder()
    client = client_for(recorder)
    model = SendMessageRequest.from_dict(body)
    return recorder, messages_send.sync(client=client, body=model)


def refused(body: dict[str, Any], field: str) -> RequestValidationError:
    recorder = Recorder()
    client = client_for(recorder)
    with pytest.raises(RequestValidationError) as error:
        messages_send.sync(client=client, body=SendMessageRequest.from_dict(body))
    assert error.value.field == field
    assert error.value.operation == "messagesSend"
    assert recorder.sent == [], "nothing may be sent"
    return error.value


@pytest.mark.parametrize(
    "body",
    [
        {"phone": PHONE, "locationId": LOCATION, "message": "Hello from myCRMSIM"},
        {"phone": PHONE, "locationId": LOCATION, "attachments": ["https://example.com/file.jpg"]},
        {"phone": PHONE, "locationId": LOCATION, "message": "Hi", "attachments": ["HTTP://Example.com/a.pdf?x=1"]},
        {"phone": "+12", "locationId": LOCATION, "message": "shortest E.164 shape"},
        {"phone": "+123456789012345", "locationId": LOCATION, "message": "15 digits"},
    ],
)
def test_valid_sends_go_out_unchanged(body: dict[str, Any]) -> None:
    recorder, reply = send(body)
    assert isinstance(reply, SendMessageResponse) and reply.status == "sent"
    (request,) = recorder.sent
    assert json.loads(request.content) == body


@pytest.mark.parametrize(
    "phone",
    ["923001234567", "+0923001234567", "+1234567890123456", "+92 300 1234567", "+92-300", "+", "+92a", "+923001\n"],
)
def test_phone_must_be_e164(phone: str) -> None:
    error = refused({"phone": phone, "locationId": LOCATION, "message": "x"}, "phone")
    assert "E.164" in str(error) or "pattern" in str(error)


def test_phone_error_does_not_quote_the_number() -> None:
    error = mycrmsim_client_error({"phone": "+0999999999", "locationId": LOCATION, "message": "x"})
    assert "+0999999999" not in str(error) and "E.164" in str(error)


def mycrmsim_client_error(body: dict[str, Any]) -> RequestValidationError:
    with pytest.raises(RequestValidationError) as error:
        mycrmsim_client.check_send(body)
    return error.value


def test_message_of_1600_characters_is_accepted_and_1601_refused() -> None:
    send({"phone": PHONE, "locationId": LOCATION, "message": "a" * 1600})
    error = refused({"phone": PHONE, "locationId": LOCATION, "message": "a" * 1601}, "message")
    assert "1601" in str(error) and "1600" in str(error)


def test_characters_are_counted_as_code_points() -> None:
    # The documented guess (sending.py): an emoji is one character, as in JSON Schema maxLength.
    emoji = "\N{GRINNING FACE}"
    assert mycrmsim_client.message_length(emoji * 3) == 3
    send({"phone": PHONE, "locationId": LOCATION, "message": emoji * 1600})
    refused({"phone": PHONE, "locationId": LOCATION, "message": emoji * 1601}, "message")


@pytest.mark.parametrize("extra", [{}, {"attachments": []}])
def test_message_is_required_unless_attachments_are_given(extra: dict[str, Any]) -> None:
    error = refused({"phone": PHONE, "locationId": LOCATION, **extra}, "message")
    assert "unless attachments" in str(error)


@pytest.mark.parametrize(
    ("urls", "field"),
    [
        (["/file.jpg"], "attachments.0"),
        (["https://example.com/a.jpg", "ftp://example.com/b.jpg"], "attachments.1"),
        (["https://"], "attachments.0"),
        (["mailto:someone@example.com"], "attachments.0"),
        (["example.com/file.jpg"], "attachments.0"),
        (["https://exa mple.com/file.jpg"], "attachments.0"),
    ],
)
def test_attachments_must_be_absolute_http_urls(urls: list[str], field: str) -> None:
    error = refused({"phone": PHONE, "locationId": LOCATION, "message": "x", "attachments": urls}, field)
    assert "http(s)" in str(error) or "whitespace" in str(error)


def test_the_schema_rules_still_apply_after_the_send_rules() -> None:
    recorder = Recorder()
    client = client_for(recorder)
    with pytest.raises(RequestValidationError) as caught:
        messages_send.sync(
            client=client,
            body=SendMessageRequest.from_dict({"phone": PHONE, "locationId": 5, "message": "x"}),
        )
    assert caught.value.field == "locationId" and recorder.sent == []


def test_async_sends_are_checked_the_same_way() -> None:
    recorder = Recorder()
    client = client_for(recorder)
    body = SendMessageRequest.from_dict({"phone": "0300", "locationId": LOCATION, "message": "x"})

    async def run() -> None:
        await messages_send.asyncio(client=client, body=body)

    with pytest.raises(RequestValidationError) as error:
        asyncio.run(run())
    assert error.value.field == "phone" and recorder.sent == []


def test_an_empty_message_is_no_message() -> None:
    error = refused({"phone": PHONE, "locationId": LOCATION, "message": ""}, "message")
    assert error.rule == "minLength"
