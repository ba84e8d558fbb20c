"""SALESmanago failures become typed errors that keep the vendor's messages and the raw response."""

from __future__ import annotations

import httpx
import pytest
import salesmanago_client
from salesmanago_client.api.contact_management import contact_upsert
from salesmanago_client.models import ContactUpsertRequest

from tests.unit.salesmanago_fakes import CREDENTIALS, FakeServer, make_client


def call(reply: httpx.Response) -> salesmanago_client.ResponseError:
    client = make_client(FakeServer(lambda request: reply))
    body = ContactUpsertRequest.from_dict({"owner": "o@example.com", "contact": {"email": "a@example.com"}})
    with pytest.raises(salesmanago_client.ResponseError) as raised:
        contact_upsert.sync_detailed(client=client, body=body)
    return raised.value


def test_success_false_under_http_200_raises_in_band_error() -> None:
    error = call(httpx.Response(200, json={"success": False, "message": ["Not authenticated"]}))
    assert isinstance(error, salesmanago_client.InBandError)
    assert error.messages == ["Not authenticated"]
    assert error.status_code == 200
    assert error.response.json()["success"] is False
    assert "Not authenticated" in str(error)


def test_messages_spelled_messages_are_read_too() -> None:
    error = call(httpx.Response(200, json={"success": False, "messages": ["User not authenticated"]}))
    assert isinstance(error, salesmanago_client.InBandError)
    assert error.messages == ["User not authenticated"]


@pytest.mark.parametrize("body", [b"User not authenticated", b"<html>oops</html>", b""])
def test_non_json_body_raises_invalid_response_error(body: bytes) -> None:
    error = call(httpx.Response(200, content=body))
    assert isinstance(error, salesmanago_client.InvalidResponseError)
    assert error.response is not None  # None only for a webhook body
    assert error.response.content == body


def test_http_error_status_keeps_vendor_message_and_strips_the_query() -> None:
    error = call(httpx.Response(503, json={"success": False, "message": ["maintenance"]}))
    assert isinstance(error, salesmanago_client.APIStatusError)
    assert error.status_code == 503
    assert error.vendor_message == "maintenance"
    assert error.url == "https://app3.salesmanago.com/api/contact/upsert"
    for secret in CREDENTIALS.values():
        if "SENTINEL" in secret:
            assert secret not in str(error)


def test_a_successful_reply_is_the_generated_model() -> None:
    client = make_client(
        FakeServer(lambda request: httpx.Response(200, json={"success": True, "message": [], "contactId": "c-9"}))
    )
    body = ContactUpsertRequest.from_dict({"owner": "o@example.com", "contact": {"email": "a@example.com"}})
    reply = contact_upsert.sync(client=client, body=body)
    assert reply is not None
    assert reply.contact_id == "c-9"
