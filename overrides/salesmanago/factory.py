"""The one constructor call: a generated client that signs, validates and raises typed errors."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx
from salesmanago_client.client import Client

from .._common.assembly import assemble
from .._common.bounds import Bounds
from .._common.manifest import Manifest
from .._common.redaction import register
from .._common.retry import DEFAULT_TIMEOUT, RetryPolicy
from .._common.transport import Limiter
from .responses import check_response
from .signing import SalesmanagoAuth, signature

PACKAGE = "salesmanago_client"
_SERVER = re.compile(r"^[a-z0-9-]{1,63}$")


def create_client(
    *,
    client_id: str,
    api_key: str,
    api_secret: str,
    server: str = "www",
    owner: str | None = None,
    base_url: str | None = None,
    servers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    httpx_args: dict[str, Any] | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    clock: Callable[[], float] = time.time,
    retry: RetryPolicy | None = None,
    limiter: Limiter | None = None,
    bounds: Bounds | None = None,
) -> Client:
    """Build a SALESmanago client for the generated operation functions.

    ``server`` is the id of your SALESmanago server (``www``, ``app2``, ``app3``…), giving
    ``https://<server>.salesmanago.com/api``; ``owner`` is the default owner (a SALESmanago
    user email) sent where an operation takes one and the call gives none. ``base_url``
    and ``servers`` (spec server URL → URL to use) point the client elsewhere, e.g. at a mock;
    ``transport`` and ``async_transport`` replace the network transports under the client's layer.
    ``retry`` sets how failed attempts are retried (default ``RetryPolicy()``: 3 attempts; every
    SALESmanago method is a POST, so only 429s, 503s with Retry-After and refused connections are
    retried unless the spec marks the operation ``x-idempotent``); ``limiter`` paces requests;
    ``bounds`` caps each answer's decoded size and each attempt's total time (``Bounds``).
    """
    if not isinstance(server, str) or not _SERVER.fullmatch(server):
        raise ValueError("server must be a SALESmanago server id such as 'www', 'app2' or 'app3'")
    manifest = Manifest.for_package(PACKAGE)
    url = base_url or manifest.servers[0].replace("{server}", server)
    auth = SalesmanagoAuth(
        manifest, url, client_id=client_id, api_key=api_key, api_secret=api_secret, owner=owner, clock=clock
    )
    register(api_key, api_secret, signature(api_key, client_id, api_secret))  # masked in logs and errors
    return assemble(
        Client,
        manifest,
        url,
        auth,
        check=check_response,
        package=PACKAGE,
        servers=servers,
        timeout=timeout,
        httpx_args=httpx_args,
        transport=transport,
        async_transport=async_transport,
        retry=retry,
        limiter=limiter,
        bounds=bounds,
    )
