"""The shared OAuth2 pieces: authorize URL and state, token sets, refresh, single flight."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from overrides._common.oauth import (
    DEFERRED_STATUSES,
    OAuth2Auth,
    OAuthStateError,
    TokenSet,
    authorization_url,
    verify_state,
)

TOKEN_URL = "https://auth.test/token"
API_URL = "https://api.test/me"
NOW = 1_700_000_000.0


class FormTokenEndpoint:
    """A token endpoint taking a form-encoded refresh and answering JSON."""

    def refresh_request(self, tokens: TokenSet) -> httpx.Request:
        return httpx.Request(
            "POST", TOKEN_URL, data={"grant_type": "refresh_token", "refresh_token": tokens.refresh_token or ""}
        )

    def parse(self, response: httpx.Response, previous: TokenSet, now: float) -> TokenSet:
        return TokenSet.from_payload(response.json(), now, previous)


class Vendor:
    """A fake vendor: rotates refresh tokens, accepts only the current access token."""

    def __init__(self, refresh_delay: float = 0.0) -> None:
        self.generation = 0
        self.valid_access: str | None = "access-0"
        self.refreshes = 0
        self.api_calls: list[str] = []
        self.refresh_delay = refresh_delay
        self.lock = threading.Lock()

    def _refresh(self, request: httpx.Request) -> httpx.Response:
        form = parse_qs(request.content.decode())
        with self.lock:
            if form["refresh_token"] != [f"refresh-{self.generation}"]:
                return httpx.Response(400, json={"error": "invalid_grant"})
            self.generation += 1
            self.refreshes += 1
            self.valid_access = f"access-{self.generation}"
            body = {
                "access_token": self.valid_access,
                "refresh_token": f"refresh-{self.generation}",
                "expires_in": 3600,
            }
        return httpx.Response(200, json=body)

    def _api(self, request: httpx.Request) -> httpx.Response:
        token = request.headers.get("authorization", "")
        self.api_calls.append(token)
        if token != f"Bearer {self.valid_access}":
            return httpx.Response(401, json={"message": "Unauthenticated."})
        return httpx.Response(200, json={"ok": True})

    def handle(self, request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            time.sleep(self.refresh_delay)  # widens the window in which callers pile up
            return self._refresh(request)
        return self._api(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            await asyncio.sleep(self.refresh_delay)
            return self._refresh(request)
        return self._api(request)


def tokens(generation: int = 0, expires_at: float | None = NOW + 3600) -> TokenSet:
    return TokenSet(f"access-{generation}", f"refresh-{generation}", expires_at)


def auth_for(initial: TokenSet, clock: Callable[[], float] = lambda: NOW, **kwargs: object) -> OAuth2Auth:
    return OAuth2Auth(initial, FormTokenEndpoint(), clock=clock, **kwargs)  # type: ignore[arg-type]


def test_authorization_url_carries_params_and_a_fresh_state() -> None:
    url, state = authorization_url("https://app.test/oauth?x=1", {"client_id": "abc", "redirect_uri": "https://me/cb"})
    query = parse_qs(urlsplit(url).query)
    assert query == {"x": ["1"], "client_id": ["abc"], "redirect_uri": ["https://me/cb"], "state": [state]}
    assert len(state) >= 43
    assert authorization_url("https://app.test/oauth", {})[1] != state


def test_verify_state_accepts_the_sent_state_only() -> None:
    verify_state("s3cr3t-state", "s3cr3t-state")
    with pytest.raises(OAuthStateError, match="not the one this client sent") as mismatch:
        verify_state("s3cr3t-state", "forged")
    assert "s3cr3t-state" not in str(mismatch.value)
    with pytest.raises(OAuthStateError, match="no 'state'"):
        verify_state("s3cr3t-state", None)
    with pytest.raises(ValueError, match="state"):
        verify_state("s3cr3t-state", "")


def test_token_set_repr_hides_tokens_and_payload_keeps_the_old_refresh_token() -> None:
    previous = TokenSet("old-access-sentinel", "old-refresh-sentinel", NOW)
    new = TokenSet.from_payload({"access_token": "new-access-sentinel", "expires_in": "60"}, NOW, previous)
    assert new.refresh_token == "old-refresh-sentinel"
    assert new.expires_at == NOW + 60
    assert "sentinel" not in repr(new) + str(new) + repr(previous)
    assert new.expired(NOW + 61) and not new.expired(NOW + 59) and new.expired(NOW + 30, leeway=30)
    with pytest.raises(ValueError, match="access_token"):
        TokenSet.from_payload({"refresh_token": "x"}, NOW)
    with pytest.raises(ValueError, match="expires_in"):
        TokenSet.from_payload({"access_token": "a", "expires_in": "soon"}, NOW)


def test_a_static_token_is_sent_and_never_refreshed() -> None:
    vendor = Vendor()
    auth = OAuth2Auth(TokenSet("access-0"))
    with httpx.Client(auth=auth, transport=httpx.MockTransport(vendor.handle)) as client:
        assert client.get(API_URL).status_code == 200
        vendor.valid_access = None
        assert client.get(API_URL).status_code == 401
    assert vendor.refreshes == 0 and auth.refreshes == 0
    assert "access-0" not in repr(auth)


def test_an_expired_token_is_refreshed_and_saved_before_it_is_used() -> None:
    vendor = Vendor()
    events: list[str] = []

    def save(new: TokenSet) -> None:
        events.append(f"saved {new.refresh_token}")

    def handle(request: httpx.Request) -> httpx.Response:
        events.append(f"sent {request.headers.get('authorization', 'refresh')}")
        return vendor.handle(request)

    auth = auth_for(tokens(expires_at=NOW + 30), on_refresh=save)  # inside the 60 s leeway
    with httpx.Client(auth=auth, transport=httpx.MockTransport(handle)) as client:
        assert client.get(API_URL).json() == {"ok": True}
    assert events == ["sent refresh", "saved refresh-1", "sent Bearer access-1"]
    assert auth.tokens.refresh_token == "refresh-1" and auth.refreshes == 1


def test_a_failing_save_callback_keeps_the_new_token_out_of_use() -> None:
    vendor = Vendor()

    def save(new: TokenSet) -> None:
        raise OSError("disk full")

    auth = auth_for(tokens(expires_at=NOW - 1), on_refresh=save)
    with httpx.Client(auth=auth, transport=httpx.MockTransport(vendor.handle)) as client, pytest.raises(OSError):
        client.get(API_URL)
    assert vendor.api_calls == []
    assert auth.tokens.access_token == "access-0"


def test_a_401_refreshes_once_and_sends_again() -> None:
    vendor = Vendor()
    auth = auth_for(tokens())
    seen: list[object] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions.get(DEFERRED_STATUSES))
        return vendor.handle(request)

    with httpx.Client(auth=auth, transport=httpx.MockTransport(handle)) as client:
        vendor.valid_access = None  # revoked early, not yet expired by the clock
        assert client.get(API_URL).status_code == 200
    assert vendor.refreshes == 1
    assert vendor.api_calls == ["Bearer access-0", "Bearer access-1"]
    assert seen == [frozenset({401}), None, None]  # only the first attempt may come back as 401


def test_a_second_401_is_returned_without_another_refresh() -> None:
    vendor = Vendor()
    auth = auth_for(tokens())

    def handle(request: httpx.Request) -> httpx.Response:
        response = vendor.handle(request)
        vendor.valid_access = None  # every access token is refused
        return response

    vendor.valid_access = None
    with httpx.Client(auth=auth, transport=httpx.MockTransport(handle)) as client:
        assert client.get(API_URL).status_code == 401
    assert vendor.refreshes == 1
    assert vendor.api_calls == ["Bearer access-0", "Bearer access-1"]


def test_threads_with_an_expired_token_cause_one_refresh() -> None:
    vendor = Vendor(refresh_delay=0.05)
    saved: list[str | None] = []
    auth = auth_for(tokens(expires_at=NOW - 1), on_refresh=lambda new: saved.append(new.refresh_token))
    statuses: list[int] = []
    barrier = threading.Barrier(16)

    with httpx.Client(auth=auth, transport=httpx.MockTransport(vendor.handle)) as client:

        def call() -> None:
            barrier.wait()
            statuses.append(client.get(API_URL).status_code)

        threads = [threading.Thread(target=call) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert statuses == [200] * 16
    assert vendor.refreshes == 1 and auth.refreshes == 1 and saved == ["refresh-1"]


def test_tasks_with_an_expired_token_cause_one_refresh() -> None:
    vendor = Vendor(refresh_delay=0.05)
    auth = auth_for(tokens(expires_at=NOW - 1))

    async def main() -> list[int]:
        async with httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(vendor.handle_async)) as client:
            responses = await asyncio.gather(*(client.get(API_URL) for _ in range(50)))
        return [response.status_code for response in responses]

    assert asyncio.run(main()) == [200] * 50
    assert vendor.refreshes == 1 and auth.refreshes == 1


def test_a_401_on_many_tasks_causes_one_refresh() -> None:
    vendor = Vendor(refresh_delay=0.05)
    auth = auth_for(tokens())
    vendor.valid_access = None

    async def main() -> list[int]:
        async with httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(vendor.handle_async)) as client:
            responses = await asyncio.gather(*(client.get(API_URL) for _ in range(20)))
        return [response.status_code for response in responses]

    assert asyncio.run(main()) == [200] * 20
    assert vendor.refreshes == 1


def test_a_refused_refresh_raises_the_endpoints_error() -> None:
    vendor = Vendor()

    class StrictEndpoint(FormTokenEndpoint):
        def parse(self, response: httpx.Response, previous: TokenSet, now: float) -> TokenSet:
            if response.status_code != 200:
                raise PermissionError(json.loads(response.content)["error"])
            return super().parse(response, previous, now)

    auth = OAuth2Auth(TokenSet("access-0", "refresh-stale", NOW - 1), StrictEndpoint(), clock=lambda: NOW)
    transport = httpx.MockTransport(vendor.handle)
    with httpx.Client(auth=auth, transport=transport) as client, pytest.raises(PermissionError, match="invalid_grant"):
        client.get(API_URL)
    assert vendor.api_calls == []
    assert "refresh-stale" not in repr(auth)


def test_a_task_cancelled_while_waiting_for_a_refresh_leaves_no_lock_held() -> None:
    vendor = Vendor()
    auth = auth_for(tokens(expires_at=NOW - 1))

    async def main() -> int:
        async with httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(vendor.handle_async)) as client:
            auth._thread_lock.acquire()  # a sync caller is refreshing
            waiting = asyncio.ensure_future(client.get(API_URL))
            await asyncio.sleep(0.05)
            waiting.cancel()
            with pytest.raises(asyncio.CancelledError):
                await waiting
            auth._thread_lock.release()  # the sync refresh ends; the cancelled task's thread takes the lock...
            await asyncio.sleep(0.05)  # ...and hands it back
            return (await asyncio.wait_for(client.get(API_URL), timeout=5)).status_code  # hangs if the lock leaked

    assert asyncio.run(main()) == 200
    assert not auth._thread_lock.locked()
    assert vendor.refreshes == 1
