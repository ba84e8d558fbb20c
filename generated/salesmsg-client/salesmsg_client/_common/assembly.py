"""Assembling a vendor client: the generated ``Client`` with the vendor's auth over the shared transport."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from .bounds import Bounds
from .manifest import Manifest
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
    bounds: Bounds | None = None,
) -> ClientT:
    """A generated ``client_class`` whose sync and async httpx clients share one ``VendorTransport``.

    ``transport``/``async_transport`` are the network transports under the layer (tests, proxies);
    entries of ``httpx_args`` are passed on to httpx as they are.
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
        bounds=bounds,
    )
    args: dict[str, Any] = {"transport": vendor_transport, **(httpx_args or {})}
    if auth is not None:
        args["auth"] = auth
    return client_class(base_url=base_url, timeout=timeout, httpx_args=args)
