"""Bounded resources: the decoded body size, the total time of an attempt, one client on two event loops."""

from __future__ import annotations

import asyncio
import gzip
import threading
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
import salesmsg_client
from salesmsg_client.api.teams import teams_list

from tests.fake_clock import SimulatedClock


def client_with(transport: httpx.MockTransport, **kwargs: object) -> salesmsg_client.Client:
    return salesmsg_client.create_client(
        "pat-bounds-1234",
        transport=transport,
        async_transport=transport,
        rate_limit=None,
        retry=salesmsg_client.NO_RETRY,
        **kwargs,  # type: ignore[arg-type]
    )


BOMB = gzip.compress(b"[" + b" " * (64 * 1024 * 1024) + b"]", compresslevel=9)  # 64 MiB decoded


def test_a_gzip_bomb_stops_at_the_decoded_size_limit() -> None:
    assert len(BOMB) < 200 * 1024
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=BOMB, headers={"content-encoding": "gzip"})
    )
    client = client_with(transport, bounds=salesmsg_client.Bounds(max_body_bytes=1024 * 1024))
    with pytest.raises(salesmsg_client.APIConnectionError, match="max_body_bytes=1048576"):
        teams_list.sync_detailed(client=client)


def test_the_default_limit_is_documented_and_stops_the_bomb() -> None:
    assert salesmsg_client.Bounds().max_body_bytes == 32 * 1024 * 1024
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=BOMB, headers={"content-encoding": "gzip"})
    )
    with pytest.raises(salesmsg_client.APIConnectionError, match="max_body_bytes"):
        teams_list.sync_detailed(client=client_with(transport))


class Trickle(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body sent one byte at a time; each byte costs a second of simulated time."""

    def __init__(self, clock: SimulatedClock, size: int = 50) -> None:
        self.clock = clock
        self.size = size

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.size):
            self.clock.now += 1.0
            yield b" "

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_trickled_body_fails_at_the_attempt_deadline(mode: str) -> None:
    clock = SimulatedClock()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=Trickle(clock)))
    client = client_with(transport, bounds=salesmsg_client.Bounds(deadline=10.0, clock=clock))
    with pytest.raises(salesmsg_client.APITimeoutError, match="10 s deadline"):
        if mode == "sync":
            teams_list.sync_detailed(client=client)
        else:
            asyncio.run(teams_list.asyncio_detailed(client=client))
    assert 10.0 < clock.now < 12.0  # stopped at the deadline, not after the 50 s body


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the first loop's connection stays in the pool

    def do_GET(self) -> None:
        body = b"[]"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_one_client_works_from_two_event_loops() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        client = salesmsg_client.create_client(
            "pat-loops-1234", base_url=f"http://127.0.0.1:{server.server_address[1]}", rate_limit=None
        )
        for _ in range(2):  # asyncio.run makes a new loop each time; the pool of the first is bound to it
            response = asyncio.run(teams_list.asyncio_detailed(client=client))
            assert response.status_code == 200
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
