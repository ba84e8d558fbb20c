"""What the harness profiles share on the wire: the one request → operation lookup, and host routing.

``operation_of`` finds a request's operation through the package's own ``Manifest`` (built from
the spec here, independently of the installed package). ``RoutingRecorder`` lets a client send
to the spec's real servers and maps each request onto the mock, noting the URL it was sent to
(``SPEC_URL``), so a profile can check each operation's host.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

import httpx

from overrides._common.manifest import Manifest, Operation
from overrides._common.network import async_network_transport
from scripts.contract.harness import ContractError
from scripts.spec import views as spec_views
from scripts.vendors import Vendor

SPEC_URL = "contract.spec_url"
"""Request extension: the URL the client sent a request to, before the mock mapping."""


@cache
def manifest_of(vendor: Vendor) -> Manifest:
    """The wire manifest of a vendor's spec, as its package ships it."""
    return Manifest(spec_views.wire_manifest(spec_views.load(vendor.spec_path)))


def operation_of(manifest: Manifest, request: httpx.Request, url: str | None = None) -> Operation:
    """The operation of a request (its path on the mock, or on ``url``, the spec URL it went to)."""
    path = httpx.URL(url).path if url is not None else request.url.path
    found = manifest.find(request.method, path)
    if found is None:
        for base in manifest.servers:  # a spec URL still carries the server's base path
            prefix = httpx.URL(base).path.rstrip("/")
            if prefix and path.startswith(prefix):
                found = manifest.find(request.method, path[len(prefix) :] or "/")
                if found is not None:
                    break
    if found is None:
        raise ContractError(f"{request.method} {path} is no operation of the spec")
    return found


def spec_url(request: httpx.Request) -> str:
    """The URL the client sent a request to (``RoutingRecorder`` noted it)."""
    url = request.extensions.get(SPEC_URL)
    if not isinstance(url, str):
        raise ContractError(f"{request.method} {request.url} was not sent to a spec server")
    return url


def check_host(manifest: Manifest, request: httpx.Request) -> Operation:
    """The request went to its operation's server (its own, else the document's first); its operation."""
    url = spec_url(request)
    operation = operation_of(manifest, request, url)
    server = (operation.server or manifest.servers[0]).rstrip("/")
    if not url.startswith(server + "/"):
        raise ContractError(f"{operation.operation_id} went to {url}, not to {server}")
    return operation


class RoutingRecorder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Notes each request's URL, then sends it to the URL its server maps to (the mock).

    Sync requests go on through ``inner`` (the harness's recorder), async ones through
    ``inner_async`` (a plain network transport unless given).
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        routes: Mapping[str, str],
        inner_async: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._inner = inner
        self._inner_async = inner_async or async_network_transport()
        self._routes = {server.rstrip("/"): target.rstrip("/") for server, target in routes.items()}

    def _route(self, request: httpx.Request) -> None:
        """Record the spec URL once (a retry sees the mapped one) and map it."""
        url = str(request.url)
        for server, target in self._routes.items():
            if url.startswith(server + "/"):
                request.extensions[SPEC_URL] = url
                request.url = httpx.URL(target + url[len(server) :])
                request.headers["Host"] = request.url.netloc.decode("ascii")
                return

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Map, then send through the sync transport."""
        self._route(request)
        return self._inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Map, then send through the async transport."""
        self._route(request)
        return await self._inner_async.handle_async_request(request)

    def close(self) -> None:
        """Close the inner sync transport."""
        self._inner.close()

    async def aclose(self) -> None:
        """Close the inner async transport."""
        await self._inner_async.aclose()
