"""Salesmsg OAuth2: authorize URL and state check, code exchange, refresh rotation, single flight."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import salesmsg_client
from salesmsg_client.api.users import users_me
from salesmsg_client.models.user import User

API = "https://api.salesmessage.com/pub/v2.2"
NOW = 1_800_000_000.0
SECRET = "client-secret-s3ntinel"
APP = salesmsg_client.OAuthApp("269", SECRET, "https://example.app/callback")
USER = {"id": 1207, "first_name": "Dana"}


def form(request: httpx.Request) -> dict[str, list[str]]:
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    return parse_qs(request.content.decode(), keep_blank_values=True, strict_parsing=True)


class FakeSalesmsg:
    """Rotates refresh tokens on /oauth/token/refresh and accepts only the current access token."""

    def __init__(self, refresh_delay: float = 0.0) -> None:
        self.generation = 0
        self.accepted: str | None = "access-0"
        self.refresh_forms: list[dict[str, list[str]]] = []
        self.events: list[str] = []
        self.refresh_delay = refresh_delay
        self.lock = threading.Lock()

    def _refresh(self, request: httpx.Request) -> httpx.Response:
        fields = form(request)
        with self.lock:
            self.refresh_forms.append(fields)
            self.events.append(f"refresh without auth={'authorization' not in request.headers}")
            if fields["refresh_token"] != [f"refresh-{self.generation}"]:
                return httpx.Response(400, json={"message": "The refresh token is invalid."})
            self.generation += 1
            self.accepted = f"access-{self.generation}"
            body = {
                "token_type": "Bearer",
                "expires_in": 3600,
                "access_token": self.accepted,
                "refresh_token": f"refresh-{self.generation}",
            }
        return httpx.Response(200, json=body)

    def _api(self, request: httpx.Request) -> httpx.Response:
        token = request.headers.get("authorization")
        self.events.append(f"api {token}")
        if token != f"Bearer {self.accepted}":
            return httpx.Response(401, json={"message": "Unauthorized", "auth_required": False})
        return httpx.Response(200, json=USER)

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/token/refresh"):
            time.sleep(self.refresh_delay)  # widens the window in which callers pile up
            return self._refresh(request)
        return self._api(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/token/refresh"):
            await asyncio.sleep(self.refresh_delay)
            return self._refresh(request)
        return self._api(request)


def tokens(generation: int = 0, expires_at: float | None = NOW + 3600) -> salesmsg_client.TokenSet:
    return salesmsg_client.TokenSet(f"access-{generation}", f"refresh-{generation}", expires_at)


def client_for(
    vendor: FakeSalesmsg,
    initial: salesmsg_client.TokenSet,
    on_refresh: Callable[[salesmsg_client.TokenSet], None] | None = None,
    **kwargs: object,
) -> salesmsg_client.Client:
    return APP.create_client(
        initial,
        on_refresh or (lambda _: None),
        transport=httpx.MockTransport(vendor.handle),
        async_transport=httpx.MockTransport(vendor.handle_async),
        rate_limit=None,
        clock=lambda: NOW,
        **kwargs,
    )


# --- authorize URL and callback ----------------------------------------------------------------


def test_the_authorize_url_is_the_documented_one_with_a_fresh_state() -> None:
    url, state = APP.authorization_url()
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "app.salesmessage.com", "/auth/oauth")
    assert parse_qs(parts.query) == {
        "response_type": ["code"],
        "client_id": ["269"],
        "redirect_uri": ["https://example.app/callback"],
        "scope": ["public-api"],
        "state": [state],
    }
    assert len(state) >= 43 and APP.authorization_url()[1] != state
    assert SECRET not in url


def test_the_callback_gives_its_code_only_with_the_state_sent() -> None:
    _, state = APP.authorization_url()
    callback = f"https://example.app/callback?code=g0ZGZmNjVm&state={state}"
    assert APP.code_from_callback(state, callback) == "g0ZGZmNjVm"
    assert APP.code_from_callback(state, {"code": "abc", "state": state}) == "abc"
    with pytest.raises(salesmsg_client.OAuthStateError, match="not the one this client sent") as forged:
        APP.code_from_callback(state, "https://example.app/callback?code=g0ZGZmNjVm&state=forged")
    assert state not in str(forged.value) and "g0ZGZmNjVm" not in str(forged.value)
    with pytest.raises(salesmsg_client.OAuthStateError, match="no 'state'"):
        APP.code_from_callback(state, "https://example.app/callback?code=g0ZGZmNjVm")


def test_a_denied_or_codeless_callback_is_a_clear_error() -> None:
    _, state = APP.authorization_url()
    denied = f"https://example.app/cb?error=access_denied&error_description=The+user+denied+you+access&state={state}"
    with pytest.raises(salesmsg_client.OAuthAuthorizationError, match=r"access_denied \(The user denied you access\)"):
        APP.code_from_callback(state, denied)
    with pytest.raises(salesmsg_client.OAuthAuthorizationError, match="no 'code'"):
        APP.code_from_callback(state, {"state": state})
    with pytest.raises(salesmsg_client.OAuthStateError):  # a forged error callback is refused first
        APP.code_from_callback(state, {"error": "access_denied", "state": "forged"})


def test_the_app_repr_hides_the_secret_and_bad_settings_are_refused() -> None:
    assert SECRET not in repr(APP)
    with pytest.raises(ValueError, match="client_secret"):
        salesmsg_client.OAuthApp("269", "", "https://example.app/callback")


# --- code exchange -----------------------------------------------------------------------------


def _exchange_handler(seen: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = {"token_type": "Bearer", "expires_in": 31536000, "access_token": "MTQ0", "refresh_token": "IwOG"}
        return httpx.Response(200, json=body)

    return handle


def test_the_code_exchange_is_the_documented_form() -> None:
    seen: list[httpx.Request] = []
    got = APP.exchange("auth-code-s3ntinel", transport=httpx.MockTransport(_exchange_handler(seen)), clock=lambda: NOW)
    (request,) = seen
    assert (request.method, str(request.url)) == ("POST", f"{API}/oauth/token")
    assert form(request) == {
        "grant_type": ["authorization_code"],
        "code": ["auth-code-s3ntinel"],
        "client_id": ["269"],
        "client_secret": [SECRET],
        "redirect_uri": ["https://example.app/callback"],
    }
    assert "authorization" not in request.headers and not request.url.query
    assert (got.access_token, got.refresh_token, got.expires_at) == ("MTQ0", "IwOG", NOW + 31536000)


def test_the_async_code_exchange_matches_the_sync_one() -> None:
    seen: list[httpx.Request] = []

    async def handle(request: httpx.Request) -> httpx.Response:
        return _exchange_handler(seen)(request)

    got = asyncio.run(APP.exchange_async("code-1", async_transport=httpx.MockTransport(handle), clock=lambda: NOW))
    assert form(seen[0])["code"] == ["code-1"] and got.refresh_token == "IwOG"


def test_a_refused_exchange_is_a_typed_error_without_secrets() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"message": "The authorization code has expired."})

    with pytest.raises(salesmsg_client.APIStatusError, match="HTTP 400: The authorization code has expired") as error:
        APP.exchange("auth-code-s3ntinel", transport=httpx.MockTransport(refuse))
    assert error.value.status_code == 400
    assert SECRET not in str(error.value) and "auth-code-s3ntinel" not in str(error.value)
    with pytest.raises(ValueError, match="code"):
        APP.exchange("")


def test_a_token_answer_that_is_not_json_is_not_quoted() -> None:
    def garbled(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="access_token=leaked-s3ntinel&expires_in=10")

    with pytest.raises(salesmsg_client.TokenResponseError, match="not JSON") as error:
        APP.exchange("code", transport=httpx.MockTransport(garbled))
    assert isinstance(error.value, salesmsg_client.InvalidResponseError)  # the shared class for non-JSON bodies
    assert "leaked-s3ntinel" not in str(error.value)


# --- refresh -----------------------------------------------------------------------------------


def test_an_expired_token_is_refreshed_with_the_documented_form_and_saved_before_use() -> None:
    vendor = FakeSalesmsg()

    def save(new: salesmsg_client.TokenSet) -> None:
        vendor.events.append(f"saved {new.refresh_token}")

    client = client_for(vendor, tokens(expires_at=NOW + 30), save)  # inside the 60 s leeway
    user = users_me.sync(client=client)
    assert isinstance(user, User) and user.id == 1207
    assert vendor.events == ["refresh without auth=True", "saved refresh-1", "api Bearer access-1"]
    assert vendor.refresh_forms == [
        {
            "grant_type": ["refresh_token"],
            "client_id": ["269"],
            "client_secret": [SECRET],
            "refresh_token": ["refresh-0"],
            "scope": ["public-api"],
        }
    ]


def test_the_rotated_refresh_token_is_the_one_used_next() -> None:
    vendor = FakeSalesmsg()
    saved: list[str | None] = []
    clock = [NOW]
    client = APP.create_client(
        tokens(expires_at=NOW - 1),
        lambda new: saved.append(new.refresh_token),
        transport=httpx.MockTransport(vendor.handle),
        rate_limit=None,
        clock=lambda: clock[0],
    )
    users_me.sync(client=client)
    clock[0] += 3600  # the new token expires in turn
    users_me.sync(client=client)
    assert saved == ["refresh-1", "refresh-2"]
    assert [f["refresh_token"] for f in vendor.refresh_forms] == [["refresh-0"], ["refresh-1"]]


def test_a_failing_save_callback_keeps_the_new_token_out_of_use() -> None:
    vendor = FakeSalesmsg()

    def save(new: salesmsg_client.TokenSet) -> None:
        raise OSError("disk full")

    client = client_for(vendor, tokens(expires_at=NOW - 1), save)
    with pytest.raises(OSError, match="disk full"):
        users_me.sync(client=client)
    assert not any(event.startswith("api") for event in vendor.events)


def test_a_refused_refresh_is_a_typed_error_without_secrets() -> None:
    vendor = FakeSalesmsg()
    stale = salesmsg_client.TokenSet("access-0", "refresh-stale-s3ntinel", NOW - 1)
    client = client_for(vendor, stale)
    with pytest.raises(salesmsg_client.APIStatusError, match="refresh token is invalid") as error:
        users_me.sync(client=client)
    assert error.value.status_code == 400
    for secret in (SECRET, "refresh-stale-s3ntinel"):
        assert secret not in str(error.value)


def test_a_401_refreshes_once_and_sends_again() -> None:
    vendor = FakeSalesmsg()
    client = client_for(vendor, tokens())
    vendor.accepted = "revoked-early"  # not yet expired by the clock, refused by the vendor
    user = users_me.sync(client=client)
    assert isinstance(user, User) and user.id == 1207
    assert vendor.events == ["api Bearer access-0", "refresh without auth=True", "api Bearer access-1"]


def test_a_pat_is_never_refreshed() -> None:
    vendor = FakeSalesmsg()
    client = salesmsg_client.create_client(
        "access-0", transport=httpx.MockTransport(vendor.handle), rate_limit=None, clock=lambda: NOW
    )
    assert users_me.sync(client=client) is not None
    vendor.accepted = None
    with pytest.raises(salesmsg_client.APIStatusError, match="HTTP 401: Unauthorized"):
        users_me.sync(client=client)
    assert vendor.refresh_forms == []


def test_threads_with_an_expired_token_cause_one_refresh() -> None:
    vendor = FakeSalesmsg(refresh_delay=0.05)
    saved: list[str | None] = []
    client = client_for(vendor, tokens(expires_at=NOW - 1), lambda new: saved.append(new.refresh_token))
    ids: list[int] = []
    barrier = threading.Barrier(16)

    def call() -> None:
        barrier.wait()
        user = users_me.sync(client=client)
        assert isinstance(user, User)
        ids.append(user.id)

    threads = [threading.Thread(target=call) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert ids == [1207] * 16
    assert len(vendor.refresh_forms) == 1 and saved == ["refresh-1"]


def test_tasks_with_an_expired_token_cause_one_refresh() -> None:
    vendor = FakeSalesmsg(refresh_delay=0.05)
    client = client_for(vendor, tokens(expires_at=NOW - 1))

    async def main() -> list[int]:
        users = await asyncio.gather(*(users_me.asyncio(client=client) for _ in range(40)))
        return [user.id for user in users if isinstance(user, User)]

    assert asyncio.run(main()) == [1207] * 40
    assert len(vendor.refresh_forms) == 1


# --- the token endpoint on its own ----------------------------------------------------------------


def test_the_token_endpoint_hides_the_secret_and_refuses_answers_without_tokens() -> None:
    endpoint = salesmsg_client.SalesmsgTokenEndpoint(API, "269", SECRET)
    assert SECRET not in repr(endpoint)
    previous = tokens()
    request = endpoint.refresh_request(previous)
    assert str(request.url) == f"{API}/oauth/token/refresh" and "authorization" not in request.headers
    with pytest.raises(ValueError, match="no refresh_token"):
        endpoint.refresh_request(salesmsg_client.TokenSet("access-only"))

    def answer(**kwargs: object) -> httpx.Response:
        return httpx.Response(request=request, **kwargs)  # type: ignore[arg-type]

    kept = endpoint.parse(answer(status_code=200, json={"access_token": "new", "expires_in": 60}), previous, NOW)
    assert (kept.access_token, kept.refresh_token, kept.expires_at) == ("new", "refresh-0", NOW + 60)
    for body, problem in (({"expires_in": 60}, "access_token"), ([1], "not a JSON object")):
        with pytest.raises(salesmsg_client.TokenResponseError, match=problem):
            endpoint.parse(answer(status_code=200, json=body), previous, NOW)
    with pytest.raises(salesmsg_client.TokenResponseError, match="not JSON") as error:
        endpoint.parse(answer(status_code=200, text="access_token=leak-s3ntinel"), previous, NOW)
    assert "leak-s3ntinel" not in str(error.value)
    with pytest.raises(salesmsg_client.BadRequestError, match="invalid_grant"):
        endpoint.parse(answer(status_code=400, json={"message": "invalid_grant"}), previous, NOW)


def test_tokens_learnt_at_a_refresh_are_masked_too() -> None:
    registry = salesmsg_client._common.redaction.REGISTRY
    fresh = {"access_token": "access-learnt-s3ntinel", "refresh_token": "refresh-learnt-s3ntinel", "expires_in": 60}
    assert fresh["access_token"] not in registry and fresh["refresh_token"] not in registry

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/token/refresh"):
            return httpx.Response(200, json=fresh)
        return httpx.Response(200, json=USER)

    client = APP.create_client(
        tokens(expires_at=NOW - 1),
        lambda _: None,
        transport=httpx.MockTransport(handle),
        rate_limit=None,
        clock=lambda: NOW,
    )
    assert users_me.sync(client=client) is not None
    assert fresh["access_token"] in registry and fresh["refresh_token"] in registry
