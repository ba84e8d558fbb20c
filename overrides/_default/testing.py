"""Test credentials for ``<package>.testing`` of a vendor without a layer: placeholders, nothing real."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._common.manifest import Manifest
from .._common.security import standard_schemes
from .._common.standard import create_client

_PACKAGE = __name__.split(".", 1)[0]


def client_for(base_url: str | None = None, servers: Mapping[str, str] | None = None, **kwargs: Any) -> Any:
    """A client with a placeholder for each credential of the spec's first scheme, sent to ``base_url``.

    ``base_url`` None keeps the spec's own hosts (a ``ContractFake`` transport answers them all).
    """
    schemes = standard_schemes(Manifest.for_package(_PACKAGE))
    placeholders = {setting: f"test-{setting}" for setting in (schemes[0].settings if schemes else ())}
    return create_client(base_url=base_url, servers=dict(servers or {}), **{**placeholders, **kwargs})
