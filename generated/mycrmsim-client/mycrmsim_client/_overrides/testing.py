"""Test credentials for ``mycrmsim_client.testing``: a client of the mock, nothing real in it."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from mycrmsim_client.client import Client

from .._common.oauth import TokenSet
from .factory import create_client


def client_for(base_url: str | None = None, servers: Mapping[str, str] | None = None, **kwargs: Any) -> Client:
    """A client holding a placeholder token valid for an hour, every host sent to the mock.

    ``base_url`` None keeps the spec's own hosts (a ``ContractFake`` transport answers them all).
    """
    tokens = TokenSet(access_token="test-access-token", refresh_token="test-refresh", expires_at=time.time() + 3600)  # noqa: S106
    options: dict[str, Any] = {
        "client_id": "test-client",
        "client_secret": "test-secret",
        "tokens": tokens,
        "on_refresh": lambda _tokens: None,
        "base_url": base_url,
        "servers": servers or {},
        **kwargs,
    }
    return create_client(**options)
