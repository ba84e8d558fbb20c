"""Inbound Salesmsg webhooks: the spec's examples parse, entities are decoded, bad bodies name the field."""

from __future__ import annotations

import json
from typing import Any

import pytest
import salesmsg_client
from salesmsg_client.models.webhook_message_event import WebhookMessageEvent
from salesmsg_client.models.webhook_message_event_event import WebhookMessageEventEvent

from scripts.spec import views as spec_views
from scripts.vendors import VENDORS

SPEC = spec_views.load(VENDORS["salesmsg"].spec_path)
EXAMPLES = {
    name: example["value"]
    for name, item in SPEC["webhooks"].items()
    for example in item["post"]["requestBody"]["content"]["application/json"]["examples"].values()
}


def received(**message: Any) -> dict[str, Any]:
    return {
        "event": "message.received",
        "data": {"message": {"id": 88120611, "conversation_id": 3390012, **message}, "contact": {"id": 771204}},
    }


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_webhook_example_of_the_spec_parses(name: str) -> None:
    raw = json.dumps(EXAMPLES[name]).encode()
    event = salesmsg_client.parse_webhook(raw)
    assert event.event == WebhookMessageEventEvent(name)
    assert event.data.message.id == EXAMPLES[name]["data"]["message"]["id"]
    assert event.data.contact.id == EXAMPLES[name]["data"]["contact"]["id"]


def test_the_three_documented_events_are_the_spec_webhooks() -> None:
    assert set(EXAMPLES) == {"message.received", "message.sent", "message.async.error"}


def test_message_text_comes_back_with_entities_decoded() -> None:
    event = salesmsg_client.parse_webhook(EXAMPLES["message.received"])
    assert EXAMPLES["message.received"]["data"]["message"]["body"] == "Yes, I&#039;m free at 3pm"
    assert event.data.message.body == "Yes, I'm free at 3pm"
    event = salesmsg_client.parse_webhook(json.dumps(received(body="Tom &amp; Jerry &lt;3 &quot;hi&quot;")))
    assert event.data.message.body == 'Tom & Jerry <3 "hi"'


def test_a_null_body_and_unknown_extra_fields_are_accepted() -> None:
    event = salesmsg_client.parse_webhook({**received(body=None, media=[]), "account_id": 7})
    assert isinstance(event, WebhookMessageEvent)
    assert event.data.message.body is None
    assert event["account_id"] == 7


@pytest.mark.parametrize(
    ("body", "field", "rule"),
    [
        (b"not json", "<body>", "type"),
        (b"\xff\xfe", "<body>", "type"),
        ("[1, 2]", "<body>", "type"),
        ({"data": received()["data"]}, "event", "required"),
        ({**received(), "event": 5}, "event", "type"),
        ({**received(), "event": ""}, "event", "enum"),
        ({"event": "message.sent"}, "data", "required"),
        ({"event": "message.sent", "data": {"message": {"id": 1}}}, "data.contact", "required"),
        (received(id="88120611"), "data.message.id", "type"),
        ({"event": "message.sent", "data": {"message": {}, "contact": {"id": 1}}}, "data.message.id", "required"),
        (received(media=[{"id": "x"}]), "data.message.media.0.id", "type"),
    ],
)
def test_a_malformed_body_names_the_field(body: Any, field: str, rule: str) -> None:
    with pytest.raises(salesmsg_client.WebhookPayloadError) as error:
        salesmsg_client.parse_webhook(body)
    assert (error.value.field, error.value.rule) == (field, rule)
    assert repr(field) in str(error.value)
    assert isinstance(error.value, ValueError)
    assert isinstance(error.value, salesmsg_client.InvalidResponseError)
    assert error.value.response is None and error.value.payload is body


@pytest.mark.parametrize("data", [received()["data"], {"conversation": {"id": 3}}, None, "text"])
def test_an_event_kind_added_later_is_kept_with_its_raw_data(data: Any) -> None:
    body = {"event": "message.deleted", "data": data, "account_id": 7}
    event = salesmsg_client.parse_webhook(json.dumps(body).encode())
    assert isinstance(event, salesmsg_client.UnknownWebhookEvent)
    assert (event.event, event.data, dict(event.raw)) == ("message.deleted", data, body)


def test_the_payload_stays_out_of_the_message_and_the_repr() -> None:
    body = json.dumps(received(id="private-value-s3ntinel")).encode()
    with pytest.raises(salesmsg_client.WebhookPayloadError) as error:
        salesmsg_client.parse_webhook(body)
    assert "private-value-s3ntinel" not in repr(error.value)
    assert error.value.payload == body
    assert "private-value-s3ntinel" in error.value.body


def test_the_error_never_quotes_the_value() -> None:
    with pytest.raises(salesmsg_client.WebhookPayloadError) as error:
        salesmsg_client.parse_webhook(received(id="private-value-s3ntinel"))
    assert "private-value-s3ntinel" not in str(error.value)
