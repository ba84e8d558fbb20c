"""myCRMSIM in the contract harness: one client for two hosts, Basic on the token calls, Bearer elsewhere.

Like the default profile, this one builds the client on the real spec servers over a
``wire.RoutingRecorder`` (for its sync and its async calls) and checks each request's host with
``wire.check_host`` (Send a Message must go to the dispatch host, everything else to the main
API); what it adds is the OAuth2 client and Basic on the token call, Bearer elsewhere.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from overrides._common.network import network_transport
from scripts.contract.harness import ContractError, Profile
from scripts.contract.wire import SPEC_URL, RoutingRecorder, check_host, manifest_of
from scripts.vendors import VENDORS

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


MANIFEST = manifest_of(VENDORS["mycrmsim"])
MAIN_SERVER: str = MANIFEST.servers[0]
BASIC_OPERATIONS = frozenset({"oauthToken"})
"""The operations whose spec security is ``basicAuth`` (specs/mycrmsim.yaml)."""


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
    client = _build(base_url, servers, network_transport(), expired, refreshes.append, lambda: FROZEN_NOW)
    return client, lambda: len(refreshes)


def check_mycrmsim_request(request: httpx.Request) -> None:
    """Each request went to its operation's host, with Basic on the token calls and Bearer elsewhere."""
    operation = check_host(MANIFEST, request)
    authorization = request.headers.get("authorization")
    expected = _BASIC if operation.operation_id in BASIC_OPERATIONS else _BEARER
    if authorization != expected:
        shown = (authorization or "no Authorization").split(" ", 1)[0]
        raise ContractError(f"{operation.operation_id} sent {shown!r}, expected {expected.split(' ', 1)[0]!r}")
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

__all__ = ["PROFILE", "SPEC_URL", "RoutingRecorder", "check_mycrmsim_request", "expired_token_client"]
