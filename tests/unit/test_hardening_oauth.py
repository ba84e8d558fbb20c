"""A failed refresh is single-flight, the refresh uses the client's timeout, a sent refresh survives cancellation."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest
import salesmsg_client
from salesmsg_client.api.users import users_me

NOW = 1_800_000_000.0
USER = {"id": 1207, "first_name": "Dana"}


class Vendor:
    """Refuses every refresh with invalid_grant (or hangs, or answers after a gate opens)."""

    def __init__(self, mode: str = "invalid_grant") -> None:
        self.mode = mode
        self.refreshes = 0
        self.timeouts: list[Any] = []
        self.lock = threading.Lock()
        self.gate: asyncio.Event | None = None
        self.generation = 0

    def _count(self, request: httpx.Request) -> None:
        with self.lock:
            self.refreshes += 1
            self.timeouts.append(request.extensions.get("timeout"))

    def _refused(self) -> httpx.Response:
        return httpx.Response(400, json={"message": "invalid_grant: The refresh token is invalid."})

    def _issued(self) -> httpx.Response:
        self.generation += 1
        body = {"access_token": f"access-{self.generation}", "refresh_token": f"refresh-{self.generation}"}
        return httpx.Response(200, json={**body, "expires_in": 3600})

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/token/refresh"):
            self._count(request)
            time.sleep(0.05)  # widens the window in which callers pile up (a safety net, not a timing)
            if self.mode == "hang":
                raise httpx.ReadTimeout("timed out", request=request)
            return self._issued() if self.mode == "issue" else self._refused()
        return httpx.Response(200, json=USER)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/token/refresh"):
            self._count(request)
            if self.mode == "hang":
                await asyncio.sleep(0.01)
                raise httpx.ReadTimeout("timed out", request=request)
            if self.gate is not None:
                await self.gate.wait()
            return self._issued() if self.mode == "issue" else self._refused()
        return httpx.Response(200, json=USER)


def client_for(vendor: Vendor, saved: list[str] | None = None, **kwargs: Any) -> salesmsg_client.Client:
    return salesmsg_client.create_client(
        salesmsg_client.TokenSet("access-0", "refresh-0", NOW - 10),
        client_id="269",
        client_secret="client-secret-oauth",
        on_refresh=lambda tokens: (saved if saved is not None else []).append(str(tokens.refresh_token)),
        transport=httpx.MockTransport(vendor.handle),
        async_transport=httpx.MockTransport(vendor.handle_async),
        rate_limit=None,
        retry=salesmsg_client.NO_RETRY,
        clock=lambda: NOW,
        **kwargs,
    )


@pytest.mark.parametrize("mode", ["invalid_grant", "hang"])
def test_threads_waiting_on_a_failed_refresh_share_its_one_attempt(mode: str) -> None:
    vendor = Vendor(mode)
    client = client_for(vendor)
    errors: list[BaseException] = []
    barrier = threading.Barrier(50)

    def call() -> None:
        barrier.wait()
        try:
            users_me.sync_detailed(client=client)
        except salesmsg_client.APIError as error:
            errors.append(error)

    threads = [threading.Thread(target=call) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(errors) == 50
    expected = salesmsg_client.APITimeoutError if mode == "hang" else salesmsg_client.BadRequestError
    assert all(isinstance(error, expected) for error in errors)
    assert vendor.refreshes < 50 and vendor.refreshes <= 2  # one per expiry; a straggler may start one more


@pytest.mark.parametrize("mode", ["invalid_grant", "hang"])
def test_tasks_waiting_on_a_failed_refresh_share_its_one_attempt(mode: str) -> None:
    vendor = Vendor(mode)
    client = client_for(vendor)

    async def main() -> list[BaseException | Any]:
        return await asyncio.gather(
            *(users_me.asyncio_detailed(client=client) for _ in range(200)), return_exceptions=True
        )

    results = asyncio.run(main())
    assert all(isinstance(result, salesmsg_client.APIError) for result in results)
    assert vendor.refreshes == 1


def test_a_later_call_after_a_failed_refresh_tries_again() -> None:
    vendor = Vendor("invalid_grant")
    client = client_for(vendor)
    for _ in range(3):
        with pytest.raises(salesmsg_client.BadRequestError):
            users_me.sync_detailed(client=client)
    assert vendor.refreshes == 3  # each new call is a new attempt, not a cached failure


def test_the_refresh_uses_the_clients_timeout() -> None:
    vendor = Vendor("issue")
    client = client_for(vendor, timeout=httpx.Timeout(3.0))
    users_me.sync_detailed(client=client)
    assert vendor.timeouts == [httpx.Timeout(3.0).as_dict()]


def test_a_refresh_sent_before_its_caller_is_cancelled_is_completed_and_saved() -> None:
    vendor = Vendor("issue")
    saved: list[str] = []
    client = client_for(vendor, saved)

    async def main() -> None:
        vendor.gate = asyncio.Event()
        call = asyncio.ensure_future(users_me.asyncio_detailed(client=client))
        while vendor.refreshes == 0:
            await asyncio.sleep(0)
        call.cancel()  # the vendor has the refresh: its rotated token must not be lost
        with pytest.raises(asyncio.CancelledError):
            await call
        vendor.gate.set()
        for _ in range(100):
            await asyncio.sleep(0)
            if saved:
                break
        await users_me.asyncio_detailed(client=client)  # uses the saved tokens, no second refresh

    asyncio.run(main())
    assert saved == ["refresh-1"]
    assert vendor.refreshes == 1
