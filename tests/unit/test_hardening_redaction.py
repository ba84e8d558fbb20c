"""Redaction holds at the edges: excerpt cuts, a flooded registry, token replies that are not JSON."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator

import httpx
import mycrmsim_client
import pytest
import salesmanago_client
import salesmsg_client
from mycrmsim_client.api.users import user_locations_get
from salesmanago_client._common.redaction import REGISTRY as SALESMANAGO_REGISTRY
from salesmanago_client._common.redaction import register as register_salesmanago
from salesmanago_client.api.contact_management import contact_upsert
from salesmanago_client.models import ContactUpsertRequest
from salesmsg_client import TokenSet
from salesmsg_client._common.redaction import register as register_salesmsg
from salesmsg_client._overrides.responses import vendor_message
from salesmsg_client.api.users import users_me

from tests.unit.salesmanago_fakes import CREDENTIALS, FakeServer, make_client

NOW = 1_800_000_000.0


def prefixes(secret: str) -> list[str]:
    """Every 8-character piece of ``secret`` that could be left by a cut."""
    return [secret[i : i + 8] for i in range(len(secret) - 7)]


def assert_hidden(secret: str, *texts: str) -> None:
    for text in texts:
        for piece in prefixes(secret):
            assert piece not in text, f"{piece!r} of a secret shows in {text!r}"


@pytest.mark.parametrize("offset", [150, 185, 195, 199, 200, 790, 798, 805])
def test_a_secret_straddling_the_excerpt_cut_never_shows_in_part(offset: int) -> None:
    secret = "straddle-secret-0123456789abcdef"
    register_salesmanago(secret)
    body = "x" * offset + secret + " tail" * 50
    error = salesmanago_client.APIStatusError(
        httpx.Response(500, text=body, request=httpx.Request("GET", "https://h/"))
    )
    assert_hidden(secret, str(error), error.body)


@pytest.mark.parametrize("offset", [150, 190, 199, 200, 600])
def test_salesmsg_html_excerpt_redacts_before_cutting(offset: int) -> None:
    secret = "html-secret-0123456789abcdefghij"
    register_salesmsg(secret)
    page = "<html><body><p>" + "y" * offset + secret + " more" * 60 + "</p></body></html>"
    response = httpx.Response(
        403, text=page, headers={"content-type": "text/html"}, request=httpx.Request("GET", "https://h/")
    )
    error = salesmsg_client.APIStatusError(response, vendor_message(response))
    assert_hidden(secret, str(error), error.body, error.vendor_message or "")


def upsert(client: salesmanago_client.Client) -> None:
    body = ContactUpsertRequest.from_dict({"owner": "owner@example.com", "contact": {"email": "jane@example.com"}})
    contact_upsert.sync_detailed(client=client, body=body)


def echo(request: httpx.Request) -> httpx.Response:
    document = json.loads(request.content)
    return httpx.Response(400, text=f"bad request {document['apiKey']} {document['sha']}")


@pytest.fixture
def restored_registry() -> Iterator[None]:
    """The package's registry as it was before the test: left flooded (4,096 learnt secrets), it made
    every later redaction in the process ~100x slower (the parser fuzz took minutes instead of seconds)."""
    saved = SALESMANAGO_REGISTRY._secrets.copy()
    yield
    with SALESMANAGO_REGISTRY._lock:
        SALESMANAGO_REGISTRY._secrets.clear()
        SALESMANAGO_REGISTRY._secrets.update(saved)
        SALESMANAGO_REGISTRY._pattern = None


@pytest.mark.usefixtures("restored_registry")
@pytest.mark.parametrize("flood", ["one_reply", "many_clients"])
def test_a_clients_own_credentials_stay_masked_however_much_else_is_learnt(flood: str) -> None:
    server = FakeServer(reply=echo)
    client = make_client(server)
    if flood == "one_reply":
        reply = {f"token_{i}": f"learnt-token-{i:06d}" for i in range(4100)}
        SALESMANAGO_REGISTRY.learn_response(httpx.Response(200, json=reply, request=httpx.Request("GET", "https://h/")))
    else:
        for i in range(1400):
            make_client(FakeServer(), api_key=f"other-key-{i:05d}", api_secret=f"other-secret-{i:05d}")
        gc.collect()
    with pytest.raises(salesmanago_client.BadRequestError) as caught:
        upsert(client)
    sha = salesmanago_client.signature(CREDENTIALS["api_key"], CREDENTIALS["client_id"], CREDENTIALS["api_secret"])
    assert_hidden(CREDENTIALS["api_key"], str(caught.value), caught.value.body)
    assert_hidden(sha, str(caught.value), caught.value.body)


FORM_TOKENS = "access_token=fresh-access-0123456789&refresh_token=fresh-refresh-0123456789&expires_in=3600"


@pytest.mark.parametrize("content_type", ["application/x-www-form-urlencoded", "text/plain"])
def test_salesmsg_token_reply_that_is_not_json_never_shows_the_tokens(content_type: str) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/token/refresh"):
            return httpx.Response(200, text=FORM_TOKENS, headers={"content-type": content_type})
        return httpx.Response(200, json={"id": 1})

    transport = httpx.MockTransport(reply)
    client = salesmsg_client.create_client(
        TokenSet("old-access-abcdefgh", "old-refresh-abcdefgh", NOW - 10),
        client_id="269",
        client_secret="client-secret-abcdefgh",
        on_refresh=lambda tokens: None,
        transport=transport,
        clock=lambda: NOW,
    )
    with pytest.raises(salesmsg_client.APIError) as caught:
        users_me.sync_detailed(client=client)
    shown = [str(caught.value), getattr(caught.value, "body", ""), repr(caught.value)]
    assert_hidden("fresh-access-0123456789", *shown)
    assert_hidden("fresh-refresh-0123456789", *shown)


@pytest.mark.parametrize("content_type", ["application/x-www-form-urlencoded", "text/plain"])
def test_mycrmsim_token_reply_that_is_not_json_never_shows_the_tokens(content_type: str) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/token"):
            return httpx.Response(200, text=FORM_TOKENS, headers={"content-type": content_type})
        return httpx.Response(200, json={"data": {}})

    transport = httpx.MockTransport(reply)
    client = mycrmsim_client.create_client(
        client_id="cid",
        client_secret="client-secret-abcdefgh",
        tokens=mycrmsim_client.TokenSet("old-access-abcdefgh", "old-refresh-abcdefgh", NOW - 10),
        on_refresh=lambda tokens: None,
        transport=transport,
        clock=lambda: NOW,
    )
    with pytest.raises(mycrmsim_client.APIError) as caught:
        user_locations_get.sync_detailed(client=client)
    shown = [str(caught.value), getattr(caught.value, "body", ""), repr(caught.value)]
    assert_hidden("fresh-access-0123456789", *shown)
    assert_hidden("fresh-refresh-0123456789", *shown)
