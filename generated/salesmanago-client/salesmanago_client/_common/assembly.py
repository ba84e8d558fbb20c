"""Assembling a vendor client: the generated ``Client`` with the vendor's auth over the shared transport."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from .manifest import Manifest
from .recording import Recorder
from .retry import DEFAULT_TIMEOUT, RetryPolicy
from .transport import Limiter, RequestCheck, ResponseCheck, VendorTransport

ClientT = TypeVar("ClientT")


def assemble(
    client_class: Callable[..., ClientT],
    manifest: Manifest,
    base_url: str,
    auth: httpx.Auth | None,
    *,
    check: ResponseCheck,
    package: str,
    request_check: RequestCheck | None = None,
    servers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    httpx_args: dict[str, Any] | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    retry: RetryPolicy | None = None,
    limiter: Limiter | None = None,
    validation: str = "strict",
    validate_responses: str = "warn",
    record: Recorder | str | os.PathLike[str] | None = None,
) -> ClientT:
    """A generated ``client_class`` whose sync and async httpx clients share one ``VendorTransport``.

    ``transport``/``async_transport`` are the network transports under the layer (tests, proxies);
    entries of ``httpx_args`` are passed on to httpx as they are; ``validation`` is the request
    validation mode (``strict``, ``warn``, ``off``: ``VendorTransport.with_validation``),
    ``validate_responses`` the response one (``warn``, ``strict``, ``off``: ``drift.py``) and
    ``record`` a HAR file or ``Recorder`` every exchange goes to (``recording.py``).
    """
    vendor_transport = VendorTransport(
        manifest,
        base_url,
        check=check,
        request_check=request_check,
        servers=servers,
        sync_transport=transport,
        async_transport=async_transport,
        retry=retry,
        limiter=limiter,
        package=package,
        validation=validation,
        validate_responses=validate_responses,
        recorder=Recorder(record) if isinstance(record, (str, os.PathLike)) else record,
    )
    args: dict[str, Any] = {"transport": vendor_transport, **(httpx_args or {})}
    if auth is not None:
        args["auth"] = auth
    return client_class(base_url=base_url, timeout=timeout, httpx_args=args)
