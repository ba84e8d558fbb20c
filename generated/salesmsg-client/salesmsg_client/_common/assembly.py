"""Assembling a vendor client: the generated ``Client`` with the vendor's auth over the shared transport.

Every ``create_client`` takes the same options after its credentials (``ClientOptions``) and
passes them on as ``**options``; ``base_url`` picks the URL (the argument, else
``<PREFIX>_BASE_URL``, else the spec's server) and, when it is chosen by the caller, sends
**every** operation there, those with a server of their own included (``servers`` still maps
single hosts).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any, TypedDict, TypeVar, Unpack

import httpx

from .bounds import Bounds
from .config import from_env
from .manifest import Manifest
from .recording import Recorder
from .retry import DEFAULT_TIMEOUT, RetryPolicy
from .transport import Limiter, RequestCheck, ResponseCheck, VendorTransport

ClientT = TypeVar("ClientT")


class ClientOptions(TypedDict, total=False):
    """What every ``create_client`` takes besides credentials and ``base_url``."""

    servers: Mapping[str, str] | None
    """Spec server URL → URL to use, for single hosts (mocks, proxies)."""
    timeout: httpx.Timeout
    httpx_args: dict[str, Any] | None
    """Passed on to httpx as they are."""
    transport: httpx.BaseTransport | None
    """The network transport under the layer (tests, proxies)."""
    async_transport: httpx.AsyncBaseTransport | None
    retry: RetryPolicy | None
    limiter: Limiter | None
    validation: str
    """Request validation: ``strict`` (default), ``warn`` or ``off`` (``VendorTransport.with_validation``)."""
    validate_responses: str
    """Response validation against the spec: ``warn`` (default), ``strict`` or ``off`` (``drift.py``)."""
    record: Recorder | str | os.PathLike[str] | None
    """A HAR file path or a ``Recorder`` every exchange goes to, credentials redacted (``recording.py``)."""
    bounds: Bounds | None
    """Response size cap and per-attempt deadline (``bounds.py``; ``Bounds()`` defaults when None)."""


def recorder_for(record: Recorder | str | os.PathLike[str] | None) -> Recorder | None:
    """The recorder of a ``record=`` option: a path becomes a ``Recorder`` appending to that HAR file."""
    return Recorder(record) if isinstance(record, (str, os.PathLike)) else record


def base_url_for(manifest: Manifest, base_url: str | None, default: str | None = None) -> tuple[str, bool]:
    """The URL a client sends to, and whether the caller chose it (argument or ``<PREFIX>_BASE_URL``)."""
    chosen = from_env(base_url, manifest.env_prefix, "base_url") if manifest.env_prefix else base_url
    if chosen is not None:
        return chosen.rstrip("/"), True
    return (default or manifest.servers[0]).rstrip("/"), False


def routes(manifest: Manifest, url: str, chosen: bool, servers: Mapping[str, str] | None) -> dict[str, str]:
    """Where each operation with a server of its own goes: to ``url`` when the caller chose it."""
    mapped = {server: url for server in manifest.own_servers()} if chosen else {}
    return {**mapped, **(servers or {})}


def assemble(
    client_class: Callable[..., ClientT],
    manifest: Manifest,
    base_url: str,
    auth: httpx.Auth | None,
    *,
    check: ResponseCheck,
    package: str,
    request_check: RequestCheck | None = None,
    chosen: bool = False,
    **options: Unpack[ClientOptions],
) -> ClientT:
    """A generated ``client_class`` whose sync and async httpx clients share one ``VendorTransport``.

    ``chosen``: ``base_url`` was the caller's choice, so every operation goes there (``routes``).
    """
    vendor_transport = VendorTransport(
        manifest,
        base_url,
        check=check,
        request_check=request_check,
        servers=routes(manifest, base_url.rstrip("/"), chosen, options.get("servers")),
        sync_transport=options.get("transport"),
        async_transport=options.get("async_transport"),
        retry=options.get("retry"),
        limiter=options.get("limiter"),
        package=package,
        validation=options.get("validation", "strict"),
        validate_responses=options.get("validate_responses", "warn"),
        recorder=recorder_for(options.get("record")),
        bounds=options.get("bounds"),
    )
    args: dict[str, Any] = {"transport": vendor_transport, **(options.get("httpx_args") or {})}
    if auth is not None:
        args["auth"] = auth
    timeout = options.get("timeout", DEFAULT_TIMEOUT)
    return client_class(base_url=base_url, timeout=timeout, httpx_args=args)
