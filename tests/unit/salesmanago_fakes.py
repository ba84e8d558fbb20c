"""A SALESmanago client wired to an in-memory fake server (httpx.MockTransport), for unit tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import salesmanago_client

CREDENTIALS = {"client_id": "unit-client", "api_key": "unit-key-SENTINEL", "api_secret": "unit-secret-SENTINEL"}
BASE_URL = "https://app3.salesmanago.com/api"
OK = {"success": True, "message": []}


@dataclass
class FakeServer:
    """Answers every request with ``reply(request)``; keeps what it received."""

    reply: Callable[[httpx.Request], httpx.Response] = lambda request: httpx.Response(200, json=OK)
    received: list[httpx.Request] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.received.append(request)
        return self.reply(request)

    def body(self, index: int = -1) -> dict[str, Any]:
        document = json.loads(self.received[index].content)
        assert isinstance(document, dict)
        return document


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def make_client(fake: FakeServer, **options: Any) -> salesmanago_client.Client:
    transport = httpx.MockTransport(fake.handle)
    settings: dict[str, Any] = {**CREDENTIALS, "server": "app3", "transport": transport, "async_transport": transport}
    settings.update(options)
    return salesmanago_client.create_client(**settings)
