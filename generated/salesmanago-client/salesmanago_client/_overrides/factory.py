"""The one constructor call: a generated client that signs, validates and raises typed errors."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx
from salesmanago_client.client import Client

from .._common.manifest import Manifest
from .._common.transport import VendorTransport
from .responses import check_response
from .signing import SalesmanagoAuth

PACKAGE = "salesmanago_client"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
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
) -> Client:
    """Build a SALESmanago client for the generated operation functions.

    ``server`` is the id of your SALESmanago server (``www``, ``app2``, ``app3``…), giving
    ``https://<server>.salesmanago.com/api``; ``owner`` is the default owner (a SALESmanago
    user email) sent where an operation takes one and the call gives none. ``base_url``
    and ``servers`` (spec server URL → URL to use) point the client elsewhere, e.g. at a mock;
    ``transport`` and ``async_transport`` replace the network transports under the client's layer.
    """
    if not isinstance(server, str) or not _SERVER.match(server):
        raise ValueError("server must be a SALESmanago server id such as 'www', 'app2' or 'app3'")
    manifest = Manifest.for_package(PACKAGE)
    url = base_url or manifest.servers[0].replace("{server}", server)
    auth = SalesmanagoAuth(
        manifest, url, client_id=client_id, api_key=api_key, api_secret=api_secret, owner=owner, clock=clock
    )
    vendor_transport = VendorTransport(
        manifest,
        url,
        check=check_response,
        servers=servers,
        sync_transport=transport,
        async_transport=async_transport,
    )
    args: dict[str, Any] = {"auth": auth, "transport": vendor_transport, **(httpx_args or {})}
    return Client(base_url=url, timeout=timeout, httpx_args=args)
