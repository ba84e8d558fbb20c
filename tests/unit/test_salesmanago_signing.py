"""The SALESmanago auth envelope: sha, requestTime, injection into JSON and multipart bodies."""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import io
import json
import typing

import httpx
import pytest
import salesmanago_client
from salesmanago_client.api.contact_management import contact_upsert
from salesmanago_client.api.email_messages import email_send_with_attachment
from salesmanago_client.api.other import user_list_by_client
from salesmanago_client.api.product_recommendation import recommendation_last_viewed
from salesmanago_client.models import (
    ContactUpsertRequest,
    EmailSendWithAttachmentBody,
    EmailSendWithAttachmentRequest,
    RecommendationLastViewedRequest,
)
from salesmanago_client.types import File

from tests.unit.salesmanago_fakes import BASE_URL, CREDENTIALS, Clock, FakeServer, make_client

EXPECTED_SHA = "b8af024e60456529959fa87ce4c016b4103f28d2"


@pytest.mark.parametrize(
    ("api_key", "client_id", "secret", "expected"),
    [
        # sha1sum of the concatenation, computed outside Python
        ("api", "client", "secret", "3ff9f6b5eafcb340ea1afedf7de22718916550b9"),
        ("your-api-key-123", "your-client-id-123", "s3cret", "5bda892d254cce14c2baa33f27493ad2d3f61ade"),
    ],
)
def test_signature_is_sha1_of_key_client_secret(api_key: str, client_id: str, secret: str, expected: str) -> None:
    assert salesmanago_client.signature(api_key, client_id, secret) == expected


def upsert(client: salesmanago_client.Client, email: str = "jane@example.com") -> None:
    body = ContactUpsertRequest.from_dict({"owner": "owner@example.com", "contact": {"email": email}})
    contact_upsert.sync_detailed(client=client, body=body)


def test_envelope_is_injected_with_time_in_milliseconds_fresh_per_request() -> None:
    server, clock = FakeServer(), Clock(1_700_000_000.123)
    client = make_client(server, clock=clock)
    upsert(client)
    clock.now += 2.5
    upsert(client)
    first, second = server.body(0), server.body(1)
    expected_sha = salesmanago_client.signature(
        CREDENTIALS["api_key"], CREDENTIALS["client_id"], CREDENTIALS["api_secret"]
    )
    assert list(first)[:4] == ["clientId", "apiKey", "requestTime", "sha"]
    assert first["clientId"] == CREDENTIALS["client_id"]
    assert first["apiKey"] == CREDENTIALS["api_key"]
    assert first["sha"] == second["sha"] == expected_sha
    assert first["requestTime"] == 1_700_000_000_123
    assert second["requestTime"] == 1_700_000_002_623
    assert first["contact"] == {"email": "jane@example.com"}
    assert str(server.received[0].url) == f"{BASE_URL}/contact/upsert"


def test_secret_is_never_sent_nor_shown() -> None:
    server = FakeServer()
    client = make_client(server)
    upsert(client)
    request = server.received[0]
    wire = request.content + str(request.headers).encode() + str(request.url).encode()
    assert CREDENTIALS["api_secret"].encode() not in wire
    for text in (repr(client), str(client), repr(client.get_httpx_client()._auth)):
        assert CREDENTIALS["api_secret"] not in text
        assert CREDENTIALS["api_key"] not in text


def test_async_calls_are_signed_too() -> None:
    server = FakeServer()
    client = make_client(server, clock=Clock(1_700_000_001.0))

    async def call() -> None:
        body = ContactUpsertRequest.from_dict({"owner": "o@example.com", "contact": {"email": "a@example.com"}})
        await contact_upsert.asyncio_detailed(client=client, body=body)

    asyncio.run(call())
    assert server.body()["requestTime"] == 1_700_000_001_000
    assert server.body()["sha"]


def test_default_owner_fills_only_operations_that_take_an_owner() -> None:
    server = FakeServer()
    client = make_client(server, owner="default@example.com")
    contact_upsert.sync_detailed(
        client=client, body=ContactUpsertRequest.from_dict({"contact": {"email": "a@example.com"}})
    )
    assert server.body()["owner"] == "default@example.com"
    upsert(client)  # an explicit owner wins
    assert server.body()["owner"] == "owner@example.com"
    body = RecommendationLastViewedRequest.from_dict({"contactId": "c-1", "location": "shop", "limit": 3})
    recommendation_last_viewed.sync_detailed(client=client, body=body)
    assert "owner" not in server.body()


def test_operation_without_fields_gets_a_body_of_the_envelope_alone() -> None:
    server = FakeServer()
    user_list_by_client.sync_detailed(client=make_client(server))
    request = server.received[0]
    assert request.headers["content-type"] == "application/json"
    assert set(json.loads(request.content)) == {"clientId", "apiKey", "requestTime", "sha"}


def test_operation_on_another_host_is_routed_there() -> None:
    server = FakeServer()
    body = RecommendationLastViewedRequest.from_dict({"contactId": "c-1", "location": "shop"})
    recommendation_last_viewed.sync_detailed(client=make_client(server), body=body)
    request = server.received[0]
    assert str(request.url) == "https://www.salesmanago.pl/api/recommendation/lastViewed"
    assert request.headers["host"] == "www.salesmanago.pl"


def test_envelope_goes_into_the_json_part_of_the_multipart_method() -> None:
    server = FakeServer()
    client = make_client(server, clock=Clock(1_700_000_003.0))
    request_part = EmailSendWithAttachmentRequest.from_dict(
        {"user": "u@example.com", "emailId": "e-1", "date": 1_700_000_000_000, "contacts": []}
    )
    attachment = File(
        payload=io.BytesIO(b"GIF89a-binary\r\n--not-a-boundary"), file_name="poster.gif", mime_type="image/gif"
    )
    body = EmailSendWithAttachmentBody(email_send_request=request_part, attachment=attachment)
    email_send_with_attachment.sync_detailed(client=client, body=body)
    request = server.received[0]
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + request.headers["content-type"].encode() + b"\r\n\r\n" + request.content
    )
    parts = {part.get_param("name", header="content-disposition"): part for part in message.iter_parts()}
    assert set(parts) == {"emailSendRequest", "attachment"}
    document = json.loads(typing.cast(bytes, parts["emailSendRequest"].get_payload(decode=True)))
    assert document["requestTime"] == 1_700_000_003_000
    assert document["sha"] and document["user"] == "u@example.com"
    assert parts["attachment"].get_payload(decode=True) == b"GIF89a-binary\r\n--not-a-boundary"
    assert int(request.headers["content-length"]) == len(request.content)


@pytest.mark.parametrize("field", ["client_id", "api_key", "api_secret"])
def test_missing_credential_is_named_without_its_value(field: str) -> None:
    with pytest.raises(ValueError, match=field) as raised:
        make_client(FakeServer(), **{field: " "})
    for value in (CREDENTIALS["api_key"], CREDENTIALS["api_secret"]):
        assert value not in str(raised.value)


def test_bad_server_id_is_rejected() -> None:
    with pytest.raises(ValueError, match="server"):
        make_client(FakeServer(), server="evil.example.com/")


def test_unknown_urls_pass_through_unsigned() -> None:
    server = FakeServer()
    client = make_client(server)
    client.get_httpx_client().post("https://elsewhere.example/x", content=b"raw")
    assert server.received[0].content == b"raw"


def test_expected_sha_constant_matches_credentials() -> None:
    # Guards the fake credentials: the constant above is sha1("unit-key-SENTINEL" "unit-client" "unit-secret-SENTINEL").
    assert (
        salesmanago_client.signature(CREDENTIALS["api_key"], CREDENTIALS["client_id"], CREDENTIALS["api_secret"])
        == EXPECTED_SHA
    )


def test_httpx_auth_is_the_signing_class() -> None:
    client = make_client(FakeServer())
    assert isinstance(client.get_httpx_client()._auth, salesmanago_client.SalesmanagoAuth)
    assert isinstance(client.get_httpx_client(), httpx.Client)
