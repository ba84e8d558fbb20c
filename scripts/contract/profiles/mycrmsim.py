"""myCRMSIM in the contract harness: one client for two hosts, Basic on the token calls, Bearer elsewhere.

The harness points every spec server at the one mock, which hides where a request would have
gone. So this profile builds the client on the real spec servers and slips one routing transport
under the client's layer, for its sync and its async calls: it notes the URL each request was
sent to (``SPEC_URL``), then maps it onto the mock. ``check_request`` compares that URL with the
spec's server for the operation (Send a Message must go to the dispatch host, everything else to
the main API).
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from scripts.contract.harness import ContractError, Profile
from scripts.spec import views as spec_views
from scripts.vendors import VENDORS

SPEC_URL = "mycrmsim.spec_url"
"""Request extension: the URL the client sent a request to, before the mock mapping."""

# Sentinel credentials: the checks below fail if a secret travels where it must not.
MYCRMSIM_CREDENTIALS = {
    "client_id": "contract-client-id",
    "client_secret": "contract-client-s3cret-sentinel",
    "access_token": "contract-access-t0ken-sentinel",
    "refresh_token": "contract-refresh-t0ken-sentinel",
}
_BASIC = "Basic " + base64.b64encode(
    f"{MYCRMSIM_CREDENTIALS['client_id']}:{MYCRMSIM_CREDENTIALS['client_secret']}".encode()
).decode("ascii")
_BEARER = f"Bearer {MYCRMSIM_CREDENTIALS['access_token']}"


def _manifest() -> dict[str, Any]:
    return spec_views.wire_manifest(spec_views.load(VENDORS["mycrmsim"].spec_path))


MANIFEST = _manifest()
MAIN_SERVER: str = MANIFEST["servers"][0]
BASIC_OPERATIONS = frozenset({"oauthToken"})
"""The operations whose spec security is ``basicAuth`` (specs/mycrmsim.yaml)."""


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
        self._inner_async = inner_async or httpx.AsyncHTTPTransport()
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


def _build(
    base_url: str,
    servers: Mapping[str, str],
    transport: httpx.BaseTransport,
    tokens: Any,
    on_refresh: Callable[[Any], None],
    clock: Callable[[], float] = time.time,
) -> Any:
    """A client on the spec's own servers, with one router under its layer for sync and async calls."""
    import mycrmsim_client

    router = RoutingRecorder(transport, {MAIN_SERVER: base_url, **servers})
    return mycrmsim_client.create_client(
        client_id=MYCRMSIM_CREDENTIALS["client_id"],
        client_secret=MYCRMSIM_CREDENTIALS["client_secret"],
        tokens=tokens,
        on_refresh=on_refresh,
        transport=router,
        async_transport=router,
        clock=clock,
    )


def _mycrmsim_client(base_url: str, servers: Mapping[str, str], transport: httpx.BaseTransport) -> Any:
    import mycrmsim_client

    tokens = mycrmsim_client.TokenSet(
        access_token=MYCRMSIM_CREDENTIALS["access_token"], refresh_token=MYCRMSIM_CREDENTIALS["refresh_token"]
    )
    # The sentinel tokens never expire and the static mock never answers 401: no refresh to save.
    return _build(base_url, servers, transport, tokens, lambda tokens: None)


FROZEN_NOW = 1_800_000_000.0
"""The expired-token client's clock: its tokens expired one second before."""


def expired_token_client(base_url: str, servers: Mapping[str, str]) -> tuple[Any, Callable[[], int]]:
    """A client whose access token has expired, and how many refreshes it has made so far.

    The refresh is the spec's ``oauthToken`` (refresh grant, Basic client auth) answered by the
    mock; its tokens (``expires_in`` 3600) then stay valid on the frozen clock.
    """
    import mycrmsim_client

    refreshes: list[object] = []
    expired = mycrmsim_client.TokenSet(
        access_token=MYCRMSIM_CREDENTIALS["access_token"],
        refresh_token=MYCRMSIM_CREDENTIALS["refresh_token"],
        expires_at=FROZEN_NOW - 1,
    )
    client = _build(base_url, servers, httpx.HTTPTransport(), expired, refreshes.append, lambda: FROZEN_NOW)
    return client, lambda: len(refreshes)


def _operation(method: str, url: str) -> dict[str, Any]:
    for operation in MANIFEST["operations"]:
        server = (operation["server"] or MAIN_SERVER).rstrip("/")
        if operation["method"] == method and httpx.URL(url).path == operation["path"]:
            return {**operation, "server": server}
    raise ContractError(f"{method} {url} is no operation of the spec")


def check_mycrmsim_request(request: httpx.Request) -> None:
    """Each request went to its operation's host, with Basic on the token calls and Bearer elsewhere."""
    spec_url = request.extensions.get(SPEC_URL)
    if not isinstance(spec_url, str):
        raise ContractError(f"{request.method} {request.url} was not sent to a spec server")
    operation = _operation(request.method, spec_url)
    if not spec_url.startswith(operation["server"] + "/"):
        raise ContractError(f"{operation['operation_id']} went to {spec_url}, not to {operation['server']}")
    authorization = request.headers.get("authorization")
    expected = _BASIC if operation["operation_id"] in BASIC_OPERATIONS else _BEARER
    if authorization != expected:
        shown = (authorization or "no Authorization").split(" ", 1)[0]
        raise ContractError(f"{operation['operation_id']} sent {shown!r}, expected {expected.split(' ', 1)[0]!r}")
    secret = MYCRMSIM_CREDENTIALS["client_secret"].encode()
    if secret in request.content or secret in str(request.url).encode():
        raise ContractError("the client secret was sent outside the Basic header")


PROFILE = Profile(
    VENDORS["mycrmsim"],
    _mycrmsim_client,
    check_mycrmsim_request,
    secrets=(
        MYCRMSIM_CREDENTIALS["client_secret"],
        MYCRMSIM_CREDENTIALS["access_token"],
        MYCRMSIM_CREDENTIALS["refresh_token"],
        _BASIC.split(" ", 1)[1],
    ),
    expired_token_client=expired_token_client,
)
