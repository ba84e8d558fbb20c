"""Input the reference constrains is refused before sending, with the field named."""

from __future__ import annotations

from typing import Any

import pytest
import salesmanago_client
from salesmanago_client.api.contact_management import contact_batch_upsert_v2, contact_list, contact_upsert
from salesmanago_client.models import ContactBatchUpsertV2Request, ContactListRequest, ContactUpsertRequest

from tests.unit.salesmanago_fakes import FakeServer, make_client

LOCAL_64 = "a" * 64


def refused(function: Any, body: Any) -> salesmanago_client.RequestValidationError:
    server = FakeServer()
    with pytest.raises(salesmanago_client.RequestValidationError) as raised:
        function(client=make_client(server), body=body)
    assert server.received == [], "nothing may be sent"
    return raised.value


def upsert_body(**overrides: Any) -> ContactUpsertRequest:
    document: dict[str, Any] = {"owner": "o@example.com", "contact": {"email": "a@example.com"}}
    document.update(overrides)
    return ContactUpsertRequest.from_dict(document)


@pytest.mark.parametrize(
    ("email", "rule"),
    [
        (LOCAL_64 + "b@example.com", "pattern"),  # 65 characters before the @
        (LOCAL_64 + "@" + "d" * 190, "maxLength"),  # 255 characters in all
        ("no-at-sign.example.com", "pattern"),
    ],
)
def test_email_limits(email: str, rule: str) -> None:
    error = refused(contact_upsert.sync_detailed, upsert_body(contact={"email": email}))
    assert error.field == "contact.email"
    assert error.rule == rule
    assert "contact.email" in str(error)


def test_longest_valid_email_is_sent() -> None:
    server = FakeServer()
    email = LOCAL_64 + "@" + "d" * 189  # 254 characters
    contact_upsert.sync_detailed(client=make_client(server), body=upsert_body(contact={"email": email}))
    assert server.body()["contact"]["email"] == email


def test_documented_max_length() -> None:
    error = refused(contact_upsert.sync_detailed, upsert_body(contact={"email": "a@example.com", "name": "n" * 256}))
    assert (error.field, error.rule) == ("contact.name", "maxLength")


def test_owner_is_required_when_no_default_owner_is_set() -> None:
    body = ContactUpsertRequest.from_dict({"contact": {"email": "a@example.com"}})
    error = refused(contact_upsert.sync_detailed, body)
    assert (error.field, error.rule) == ("owner", "required")


def test_batch_methods_take_at_most_1000_items() -> None:
    item = {"contact": {"email": "a@example.com"}}
    body = ContactBatchUpsertV2Request.from_dict({"owner": "o@example.com", "upsertDetails": [item] * 1001})
    error = refused(contact_batch_upsert_v2.sync_detailed, body)
    assert (error.field, error.rule) == ("upsertDetails", "maxItems")


def test_list_methods_take_at_most_50_contacts() -> None:
    body = ContactListRequest.from_dict({"owner": "o@example.com", "email": [f"c{i}@example.com" for i in range(51)]})
    error = refused(contact_list.sync_detailed, body)
    assert (error.field, error.rule) == ("email", "maxItems")


def test_error_never_quotes_the_value() -> None:
    secretish = "SENTINEL" * 40
    error = refused(contact_upsert.sync_detailed, upsert_body(contact={"email": "a@example.com", "name": secretish}))
    assert "SENTINEL" not in str(error)
