"""No frame of ours holds a credential in a local variable when an error passes through it.

Tracebacks that show locals (``pytest --showlocals``, error trackers) print ``repr()`` of every
local of every frame, and of the frames of chained exceptions that are not suppressed.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any

import httpx
import mycrmsim_client
import pytest
import salesmanago_client
import salesmsg_client
import sendjim_client
from mycrmsim_client.api.users import user_locations_get
from salesmanago_client.api.contact_management import contact_upsert
from salesmanago_client.models import ContactUpsertRequest
from salesmsg_client.api.users import users_me
from sendjim_client.api.contacts import contacts_get

NOW = 1_800_000_000.0
KEY, SECRET = "locals-key-SENTINEL1", "locals-secret-SENTINEL2"
SHA = salesmanago_client.signature(KEY, "locals-client", SECRET)


def chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)


def frames(error: BaseException) -> Iterator[Any]:
    for link in chain(error):
        tb: TracebackType | None = link.__traceback__
        while tb is not None:
            yield tb.tb_frame
            tb = tb.tb_next


def assert_no_secret_in_locals(error: BaseException, secrets: list[str]) -> None:
    for frame in frames(error):
        if frame.f_code.co_filename == __file__:
            continue  # the test's own frame holds the sentinels it looks for
        for name, value in frame.f_locals.items():
            try:
                text = repr(value)
            except Exception:
                continue
            for secret in secrets:
                assert secret not in text, f"{frame.f_code.co_filename}:{frame.f_code.co_name} local {name!r}"


def salesmanago(reply: Callable[[httpx.Request], httpx.Response]) -> salesmanago_client.Client:
    return salesmanago_client.create_client(
        client_id="locals-client", api_key=KEY, api_secret=SECRET, transport=httpx.MockTransport(reply)
    )


def upsert(client: salesmanago_client.Client, email: str) -> None:
    body = ContactUpsertRequest.from_dict({"owner": "owner@example.com", "contact": {"email": email}})
    contact_upsert.sync_detailed(client=client, body=body)


def test_salesmanago_validation_error_holds_no_signed_document() -> None:
    client = salesmanago(lambda request: httpx.Response(200, json={"success": True}))
    with pytest.raises(salesmanago_client.RequestValidationError) as caught:
        upsert(client, "x" * 300 + "@example.com")
    assert_no_secret_in_locals(caught.value, [KEY, SHA, SECRET])


def echo(request: httpx.Request) -> httpx.Response:
    return httpx.Response(400, json={"message": "bad", "echo": json.loads(request.content)})


def test_salesmanago_status_check_holds_no_echoed_credentials() -> None:
    with pytest.raises(salesmanago_client.BadRequestError) as caught:
        upsert(salesmanago(echo), "jane@example.com")
    assert_no_secret_in_locals(caught.value, [KEY, SHA])


def test_sendjim_status_check_holds_no_echoed_credentials() -> None:
    token = base64.b64encode(f"sj-key:{SECRET}".encode()).decode()

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"Code": 412, "Message": "no", "Echo": request.headers["authorization"]})

    client = sendjim_client.create_client(
        client_key="sj-key", client_secret=SECRET, transport=httpx.MockTransport(reply)
    )
    with pytest.raises(sendjim_client.SendJimError) as caught:
        contacts_get.sync_detailed(720161, client=client)
    assert_no_secret_in_locals(caught.value, [token])


FRESH = "fresh-access-SENTINEL3"


def token_reply(request: httpx.Request) -> httpx.Response:
    if "oauth" in request.url.path:
        return httpx.Response(200, json={"access_token": FRESH, "refresh_token": "r-SENTINEL4", "expires_in": "soon"})
    return httpx.Response(401, json={"message": "who?", "echo": request.headers.get("authorization", "")})


def test_salesmsg_refresh_failure_holds_no_fresh_token() -> None:
    client = salesmsg_client.create_client(
        salesmsg_client.TokenSet("old-access-SENTINEL5", "old-refresh-SENTINEL6", NOW - 10),
        client_id="269",
        client_secret=SECRET,
        on_refresh=lambda tokens: None,
        transport=httpx.MockTransport(token_reply),
        clock=lambda: NOW,
    )
    with pytest.raises(salesmsg_client.APIError) as caught:
        users_me.sync_detailed(client=client)
    assert_no_secret_in_locals(caught.value, [FRESH, "r-SENTINEL4", "old-access-SENTINEL5"])


def test_mycrmsim_refresh_failure_holds_no_fresh_token() -> None:
    client = mycrmsim_client.create_client(
        client_id="cid",
        client_secret=SECRET,
        tokens=mycrmsim_client.TokenSet("old-access-SENTINEL5", "old-refresh-SENTINEL6", NOW - 10),
        on_refresh=lambda tokens: None,
        transport=httpx.MockTransport(token_reply),
        clock=lambda: NOW,
    )
    with pytest.raises(mycrmsim_client.APIError) as caught:
        user_locations_get.sync_detailed(client=client)
    assert_no_secret_in_locals(caught.value, [FRESH, "r-SENTINEL4"])


def test_a_status_error_after_auth_holds_no_token() -> None:
    client = salesmsg_client.create_client("pat-SENTINEL7", transport=httpx.MockTransport(token_reply))
    with pytest.raises(salesmsg_client.AuthenticationError) as caught:
        users_me.sync_detailed(client=client)
    assert_no_secret_in_locals(caught.value, ["pat-SENTINEL7"])
