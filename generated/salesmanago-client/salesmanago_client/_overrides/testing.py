"""Test credentials for ``salesmanago_client.testing``: a client of the mock, nothing real in it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from salesmanago_client.client import Client

from .factory import create_client


def client_for(base_url: str | None = None, servers: Mapping[str, str] | None = None, **kwargs: Any) -> Client:
    """A client with placeholder credentials, every request sent to ``base_url`` (and ``servers``).

    ``base_url`` None keeps the spec's own hosts (a ``ContractFake`` transport answers them all).
    """
    options: dict[str, Any] = {
        "client_id": "test-client",
        "api_key": "test-key",
        "api_secret": "test-secret",
        "owner": "owner@example.com",
        "base_url": base_url,
        "servers": servers or {},
        **kwargs,
    }
    return create_client(**options)
