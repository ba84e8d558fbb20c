"""Test credentials for ``salesmsg_client.testing``: a client of the mock, nothing real in it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from salesmsg_client.client import Client

from .factory import create_client


def client_for(base_url: str | None = None, servers: Mapping[str, str] | None = None, **kwargs: Any) -> Client:
    """A personal-access-token client sent to ``base_url`` (no rate limit: a mock needs none).

    ``base_url`` None keeps the spec's own hosts (a ``ContractFake`` transport answers them all).
    """
    options: dict[str, Any] = {"base_url": base_url, "rate_limit": None, **kwargs}
    return create_client("test-personal-access-token", **options)
