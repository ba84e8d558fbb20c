"""myCRMSIM OAuth2: authorize URL and state, code exchange, refresh with rotation, single flight, revoke."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
from collections.abc import Callable
from typing import Any, cast
from urllib.parse import parse_qs, urlsplit

import httpx
import mycrmsim_client
import pytest
from mycrmsim_client import TokenSet
from mycrmsim_client._common.manifest import Manifest
from mycrmsim_client.api.users import user_locations_get
from mycrmsim_client.client import Client
from mycrmsim_client.models.user_info_response import UserInfoResponse

NOW = 1_800_000_000.0
CLIENT_ID = "client-id-1"
CLIENT_SECRET = "client-s3cret-sentinel"
BASIC = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
MAIN = "https://backend.mysmsgateway.app"
MANIFEST = Manifest.for_package("mycrmsim_client")


def url_of(operation_id: str) -> str:
    """An operation's URL as the spec gives it (the chosen paths live only in the spec)."""
    (operation,) = [op for op in MANIFEST.operations if op.operation_id == operation_id]
    return (operation.server or MANIFEST.servers[0]) + operation.path


TOKEN_URL = url_of("oauthToken")
REDIRECT = "https://app.example/oauth/callback"


class Vendor:
    """A fake myCRMSIM: rotates refresh tokens on every refresh and accepts only the current ones."""

    def __init__(self) -> None:
        self.generation = 0
        self.refreshes = 0
        self.token_bodies: list[dict[str, Any]] = []
        self.api_calls: list[str] = []
        self.lock = threading.Lock()
        self.hold_refresh: threading.Event | None = None
        self.async_hold: asyncio.Event | None = None
        self.reject_access: str | None = None

    def _tokens(self) -> dict[str, Any]:
        return {
            "access_token": f"access-{self.generation}-sentinel",
            "refresh_token": f"refresh-{self.generation}-sentinel",
            "token_type": "Bearer",
            "expires_in": 3600,
        }

    def _token(self, request: httpx.Request) -> httpx.Response:
        if request.headers.get("authorization") != BASIC:
            return httpx.Response(401, json={"error": "invalid_client", "error_description": "bad client"})
        body = json.loads(request.content)
        with self.lock:
            self.token_bodies.append(body)
            if body["grant_type"] == "authorization_code":
                if body["code"] != "good-code" or body["redirect_uri"] != REDIRECT:
                    return httpx.Response(
                        400,
                        json={"error": "invalid_grant", "error_description": "The authorization code is invalid."},
                    )
                return httpx.Response(200, json=self._tokens())
            if body["refresh_token"] != f"refresh-{self.generation}-sentinel":
                return httpx.Response(400, json={"error": "invalid_grant", "error_description": "stale"})
            self.generation += 1
            self.refreshes += 1
            return httpx.Response(200, json=self._tokens())

    def _api(self, request: httpx.Request) -> httpx.Response:
        token = request.headers.get("authorization", "")
        self.api_calls.append(token)
        if token != f"Bearer access-{self.generation}-sentinel" or token == self.reject_access:
            return httpx.Response(401, json={"error": "unauthorized", "message": "Invalid or expired access token"})
        if str(request.url) == url_of("oauthRevoke"):
            return httpx.Response(200)
        return httpx.Response(200, json={"data": {"user": {"id": "user_abc123"}}})

    def handle(self, request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            if self.hold_refresh is not None and json.loads(request.content)["grant_type"] == "refresh_token":
                self.hold_refresh.wait(timeout=10)  # a safety net, not a timing: released by the test
            return self._token(request)
        return self._api(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL and self.async_hold is not None:
            await self.async_hold.wait()
        return self._token(request) if str(request.url) == TOKEN_URL else self._api(request)


def make_client(
    vendor: Vendor, tokens: TokenSet | None, on_refresh: Callable[[TokenSet], None] | None = None
) -> Client:
    return mycrmsim_client.create_client(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        tokens=tokens,
        on_refresh=on_refresh or (lambda tokens: None),
        transport=httpx.MockTransport(vendor.handle),
        async_transport=httpx.MockTransport(vendor.handle_async),
        clock=lambda: NOW,
    )


def current(generation: int, expires_at: float | None = NOW + 3600) -> TokenSet:
    return TokenSet(f"access-{generation}-sentinel", f"refresh-{generation}-sentinel", expires_at)


def locations(client: Client) -> Any:
    return user_locations_get.sync_detailed(client=client).parsed


# --- authorize URL and callback ----------------------------------------------------------------


def test_authorization_url_has_the_documented_parameters_and_a_fresh_state() -> None:
    url, state = mycrmsim_client.authorization_url(CLIENT_ID, REDIRECT)
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == f"{MAIN}/oauth/authorize"
    assert parse_qs(parts.query) == {
        "client_id": [CLIENT_ID],
        "redirect_uri": [REDIRECT],
        "response_type": ["code"],
        "state": [state],
    }
    assert len(state) >= 43 and mycrmsim_client.authorization_url(CLIENT_ID, REDIRECT)[1] != state
    with pytest.raises(ValueError, match="redirect_uri"):
        mycrmsim_client.authorization_url(CLIENT_ID, "")


def test_callback_gives_the_code_only_for_the_state_sent() -> None:
    _, state = mycrmsim_client.authorization_url(CLIENT_ID, REDIRECT)
    assert mycrmsim_client.code_from_callback(state, f"{REDIRECT}?code=good-code&state={state}") == "good-code"
    assert mycrmsim_client.code_from_callback(state, {"code": "good-code", "state": state}) == "good-code"
    with pytest.raises(mycrmsim_client.OAuthStateError, match="not the one") as forged:
        mycrmsim_client.code_from_callback(state, f"{REDIRECT}?code=good-code&state=forged")
    assert state not in str(forged.value) and "good-code" not in str(forged.value)
    with pytest.raises(mycrmsim_client.OAuthStateError, match="no 'state'"):
        mycrmsim_client.code_from_callback(state, f"{REDIRECT}?code=good-code")


def test_callback_checks_the_state_before_reporting_a_refusal() -> None:
    _, state = mycrmsim_client.authorization_url(CLIENT_ID, REDIRECT)
    refused = f"{REDIRECT}?error=access_denied&error_description=User+denied&state={state}"
    with pytest.raises(mycrmsim_client.OAuthAuthorizationError, match="access_denied") as error:
        mycrmsim_client.code_from_callback(state, refused)
    assert error.value.error == "access_denied" and error.value.description == "User denied"
    with pytest.raises(mycrmsim_client.OAuthStateError):
        mycrmsim_client.code_from_callback(state, f"{REDIRECT}?error=access_denied&state=other")
    with pytest.raises(ValueError, match="'code'"):
        mycrmsim_client.code_from_callback(state, {"state": state})


# --- code exchange -----------------------------------------------------------------------------


def test_code_exchange_uses_basic_auth_and_saves_the_tokens_before_using_them() -> None:
    vendor = Vendor()
    events: list[str] = []
    client = make_client(vendor, None, on_refresh=lambda tokens: events.append(f"saved {tokens.access_token}"))
    with pytest.raises(mycrmsim_client.NotAuthorizedError, match="exchange_code"):
        locations(client)
    assert vendor.api_calls == []  # nothing was sent without a token
    tokens = mycrmsim_client.exchange_code(client, code="good-code", redirect_uri=REDIRECT)
    assert tokens.access_token == "access-0-sentinel" and tokens.expires_at == NOW + 3600
    assert vendor.token_bodies == [{"grant_type": "authorization_code", "code": "good-code", "redirect_uri": REDIRECT}]
    assert events == ["saved access-0-sentinel"]
    assert isinstance(locations(client), UserInfoResponse)
    assert vendor.api_calls == ["Bearer access-0-sentinel"]


def test_a_refused_code_raises_the_vendors_error_and_keeps_the_client_unauthorized() -> None:
    vendor = Vendor()
    client = make_client(vendor, None)
    with pytest.raises(mycrmsim_client.APIStatusError, match="invalid_grant: The authorization code") as error:
        mycrmsim_client.exchange_code(client, code="used-code", redirect_uri=REDIRECT)
    assert error.value.status_code == 400
    assert "used-code" not in str(error.value)
    with pytest.raises(mycrmsim_client.NotAuthorizedError):
        locations(client)


def test_async_code_exchange() -> None:
    vendor = Vendor()
    client = make_client(vendor, None)

    async def run() -> TokenSet:
        return await mycrmsim_client.aexchange_code(client, code="good-code", redirect_uri=REDIRECT)

    assert asyncio.run(run()).refresh_token == "refresh-0-sentinel"


# --- refresh, rotation, single flight ----------------------------------------------------------


def test_an_expired_token_is_refreshed_with_basic_auth_and_the_rotated_token_saved_first() -> None:
    vendor = Vendor()
    events: list[str] = []

    def save(tokens: TokenSet) -> None:
        events.append(f"saved {tokens.refresh_token} (api calls so far: {len(vendor.api_calls)})")

    client = make_client(vendor, current(0, expires_at=NOW + 30), on_refresh=save)  # inside the 60 s leeway
    assert isinstance(locations(client), UserInfoResponse)
    assert vendor.token_bodies == [{"grant_type": "refresh_token", "refresh_token": "refresh-0-sentinel"}]
    assert events == ["saved refresh-1-sentinel (api calls so far: 0)"]
    assert vendor.api_calls == ["Bearer access-1-sentinel"]


def test_a_failing_save_keeps_the_rotated_token_out_of_use() -> None:
    vendor = Vendor()

    def save(tokens: TokenSet) -> None:
        raise OSError("disk full")

    client = make_client(vendor, current(0, expires_at=NOW - 1), on_refresh=save)
    with pytest.raises(OSError, match="disk full"):
        locations(client)
    assert vendor.api_calls == []
    auth = cast(mycrmsim_client.MycrmsimAuth, client.get_httpx_client().auth)
    assert auth.tokens is not None and auth.tokens.access_token == "access-0-sentinel"


def test_a_401_refreshes_once_and_sends_again() -> None:
    vendor = Vendor()
    vendor.generation = 1  # the vendor has moved on: our access token is refused
    client = make_client(vendor, TokenSet("access-0-sentinel", "refresh-1-sentinel", NOW + 3600))
    assert isinstance(locations(client), UserInfoResponse)
    assert vendor.api_calls == ["Bearer access-0-sentinel", "Bearer access-2-sentinel"]
    assert vendor.refreshes == 1


def test_a_second_401_raises_the_authentication_error() -> None:
    vendor = Vendor()
    vendor.reject_access = "Bearer access-1-sentinel"
    client = make_client(vendor, TokenSet("stale-sentinel", "refresh-0-sentinel", NOW + 3600))
    with pytest.raises(mycrmsim_client.APIStatusError, match="unauthorized") as error:
        locations(client)
    assert error.value.status_code == 401 and vendor.refreshes == 1


def test_threads_with_an_expired_token_cause_one_refresh() -> None:
    vendor = Vendor()
    vendor.hold_refresh = threading.Event()
    client = make_client(vendor, current(0, expires_at=NOW - 1))
    callers = 8
    start = threading.Barrier(callers + 1)
    results: list[Any] = []

    def call() -> None:
        start.wait()
        results.append(locations(client))

    threads = [threading.Thread(target=call) for _ in range(callers)]
    for thread in threads:
        thread.start()
    start.wait()
    vendor.hold_refresh.set()
    for thread in threads:
        thread.join()
    assert vendor.refreshes == 1  # a second refresh would have sent the spent refresh token
    assert len(results) == callers and all(isinstance(result, UserInfoResponse) for result in results)
    assert vendor.api_calls == ["Bearer access-1-sentinel"] * callers


def test_tasks_with_an_expired_token_cause_one_refresh() -> None:
    vendor = Vendor()
    client = make_client(vendor, current(0, expires_at=NOW - 1))

    async def run() -> list[Any]:
        vendor.async_hold = asyncio.Event()
        tasks = [asyncio.create_task(user_locations_get.asyncio(client=client)) for _ in range(8)]
        for _ in range(50):  # let every task run until it waits on the refresh (no clock involved)
            await asyncio.sleep(0)
        vendor.async_hold.set()
        return list(await asyncio.gather(*tasks))

    results = asyncio.run(run())
    assert vendor.refreshes == 1
    assert all(isinstance(result, UserInfoResponse) for result in results)
    assert vendor.api_calls == ["Bearer access-1-sentinel"] * 8


# --- revoke, reprs -----------------------------------------------------------------------------


def test_revoke_sends_the_current_access_token_with_bearer() -> None:
    vendor = Vendor()
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return vendor.handle(request)

    client = mycrmsim_client.create_client(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        tokens=current(0),
        on_refresh=lambda tokens: None,
        transport=httpx.MockTransport(handle),
        clock=lambda: NOW,
    )
    mycrmsim_client.revoke(client)
    (request,) = seen
    assert request.url == url_of("oauthRevoke")
    assert request.headers["authorization"] == "Bearer access-0-sentinel"
    assert json.loads(request.content) == {"token": "access-0-sentinel"}


def test_no_secret_in_reprs() -> None:
    client = make_client(Vendor(), current(0))
    auth = client.get_httpx_client().auth
    shown = repr(client) + repr(auth) + repr(current(0))
    for secret in (CLIENT_SECRET, "access-0-sentinel", "refresh-0-sentinel", BASIC.split()[1]):
        assert secret not in shown
    assert CLIENT_ID in repr(auth)


def test_create_client_requires_a_save_callback_and_credentials() -> None:
    with pytest.raises(ValueError, match="on_refresh"):
        mycrmsim_client.create_client(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            tokens=None,
            on_refresh=cast(Callable[[TokenSet], None], None),
        )
    with pytest.raises(ValueError, match="client_secret"):
        mycrmsim_client.create_client(client_id=CLIENT_ID, client_secret="", tokens=None, on_refresh=print)
