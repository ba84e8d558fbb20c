"""SALESmanago: each attempt is signed afresh (requestTime), and signing in place keeps the body right."""

from __future__ import annotations

import json

import httpx
import salesmanago_client
from salesmanago_client.api.contact_management import contact_upsert
from salesmanago_client.models import ContactUpsertRequest

from tests.unit.salesmanago_fakes import CREDENTIALS, OK, Clock, FakeServer, make_client


def upsert(client: salesmanago_client.Client, document: dict[str, object]) -> None:
    contact_upsert.sync_detailed(client=client, body=ContactUpsertRequest.from_dict(document))


def test_a_retried_request_is_signed_again_with_a_fresh_request_time() -> None:
    clock = Clock(1_700_000_000.0)
    replies = iter([httpx.Response(503, headers={"Retry-After": "2"}), httpx.Response(200, json=OK)])

    def sleep(seconds: float) -> None:
        clock.now += seconds

    wire: list[tuple[bytes, str]] = []  # what went out on each attempt, as bytes

    def reply(request: httpx.Request) -> httpx.Response:
        wire.append((request.content, request.headers["content-length"]))
        return next(replies)

    client = make_client(
        FakeServer(reply=reply), clock=clock, retry=salesmanago_client.RetryPolicy(sleep=sleep, clock=clock)
    )
    upsert(client, {"owner": "owner@example.com", "contact": {"email": "jane@example.com"}})
    first, second = (json.loads(content) for content, _ in wire)
    assert second["requestTime"] - first["requestTime"] == 2000
    assert first["sha"] == second["sha"] and first["contact"] == second["contact"]
    assert all(int(length) == len(content) for content, length in wire)


def test_signing_in_place_gives_the_same_document_as_a_full_rewrite() -> None:
    server = FakeServer()
    client = make_client(server, owner="default@example.com")
    upsert(client, {"contact": {"email": "jané@example.com", "name": "Zoë \u2603"}, "tags": ["a", "b"]})
    upsert(client, {"owner": "explicit@example.com", "contact": {"email": "a@example.com"}})
    first, second = server.body(0), server.body(1)
    assert list(first)[:4] == ["clientId", "apiKey", "requestTime", "sha"]
    assert first["owner"] == "default@example.com" and second["owner"] == "explicit@example.com"
    assert first["contact"] == {"email": "jané@example.com", "name": "Zoë \u2603"} and first["tags"] == ["a", "b"]
    assert first["apiKey"] == CREDENTIALS["api_key"]
    for request in server.received:
        assert int(request.headers["content-length"]) == len(request.content)
        json.loads(request.content)
