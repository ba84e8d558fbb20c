"""An undocumented ``contactExtEventType`` reaches the wire through the typed model and strict validation.

The spec's wire rule is an open string (maxLength 255, ``x-evidence``: haloween/salesmanago-python-api
sends LOAN_ORDER and others); the client view keeps the documented enum, whose ``_missing_`` keeps an
unknown value as an unlisted member. So the caller's value is sent as given, and the strict request
validator, which follows the wire schema, still holds it to the length.
"""

from __future__ import annotations

import json

import httpx
import pytest
from salesmanago_client import RequestValidationError
from salesmanago_client.api.external_events import contact_add_ext_event
from salesmanago_client.models import ContactAddExtEventRequest, ExtEvent, ExtEventContactExtEventType
from salesmanago_client.testing import ContractFake, client_for

from scripts.spec import views as spec_views
from scripts.vendors import VENDORS


def _event_type_rule() -> dict[str, object]:
    schemas = spec_views.load(VENDORS["salesmanago"].spec_path)["components"]["schemas"]
    rule: dict[str, object] = schemas["ExtEvent"]["properties"]["contactExtEventType"]
    return rule


def _send(event_type: str) -> tuple[ContractFake, list[httpx.Request]]:
    fake = ContractFake("salesmanago_client")
    sent: list[httpx.Request] = []

    def transport(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return fake.handle_request(request)

    client = client_for("https://app3.salesmanago.com/api", transport=httpx.MockTransport(transport))
    body = ContactAddExtEventRequest(
        email="jan@example.com",
        contact_event=ExtEvent(date=1659938888000, contact_ext_event_type=ExtEventContactExtEventType(event_type)),
    )
    contact_add_ext_event.sync_detailed(client=client, body=body)
    return fake, sent


def test_the_wire_rule_is_open_and_the_client_keeps_the_documented_enum() -> None:
    rule = _event_type_rule()
    assert "enum" not in rule and rule["x-evidence"]
    assert "LOAN_ORDER" not in {member.value for member in ExtEventContactExtEventType}


def test_an_undocumented_event_type_is_sent_as_given() -> None:
    _fake, sent = _send("LOAN_ORDER")
    assert len(sent) == 1
    assert json.loads(sent[0].content)["contactEvent"]["contactExtEventType"] == "LOAN_ORDER"


def test_strict_validation_still_holds_it_to_the_wire_length() -> None:
    with pytest.raises(RequestValidationError, match="contactExtEventType") as caught:
        _send("X" * 256)
    assert caught.value.rule.startswith("maxLength")
