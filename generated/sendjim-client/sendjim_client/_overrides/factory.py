"""The one constructor call: a generated client with SendJim's auth, validation and typed errors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from sendjim_client.client import Client

from .._common.assembly import assemble
from .._common.bounds import Bounds
from .._common.manifest import Manifest
from .._common.redaction import register
from .._common.retry import DEFAULT_TIMEOUT, RetryPolicy
from .._common.transport import Limiter
from .auth import API_VERSION, ApiVersionAuth, PartnerTokenAuth, PrivateLabelAuth, private_label_token
from .responses import check_response

PACKAGE = "sendjim_client"


def create_client(
    *,
    client_key: str | None = None,
    client_secret: str | None = None,
    grant_token: str | None = None,
    api_version: str = API_VERSION,
    base_url: str | None = None,
    servers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    httpx_args: dict[str, Any] | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    retry: RetryPolicy | None = None,
    limiter: Limiter | None = None,
    bounds: Bounds | None = None,
) -> Client:
    """Build a SendJim client for the generated operation functions.

    Private-label account: ``create_client(client_key=..., client_secret=...)`` sends
    ``Authorization: Bearer base64(key:secret)``. Integration partner acting for a user:
    ``create_client(grant_token=...)`` sends ``Authorization: Token <grant token>`` (get the
    token with ``PartnerApp``). Every request carries ``api_version: 3``; pass ``api_version``
    to use a later version of the API.

    ``base_url`` and ``servers`` (spec server URL → URL to use, e.g. the members site
    ``https://members.sendjim.com``) point the client elsewhere, e.g. at a mock; ``transport``
    and ``async_transport`` replace the network transports under the client's layer; ``retry``
    and ``limiter`` are the shared retry policy and pacing hook.
    """
    private = client_key is not None or client_secret is not None
    if private and grant_token is not None:
        raise ValueError("give either client_key and client_secret (private label) or grant_token (partner), not both")
    if private:
        if client_key is None or client_secret is None:
            raise ValueError("a private-label client needs both client_key and client_secret")
        auth: ApiVersionAuth = PrivateLabelAuth(client_key, client_secret, api_version)
        register(client_secret, private_label_token(client_key, client_secret))  # masked in logs and errors
    elif grant_token is not None:
        auth = PartnerTokenAuth(grant_token, api_version)
        register(grant_token)
    else:
        raise ValueError("give client_key and client_secret (private label) or grant_token (partner)")
    return build_client(
        auth,
        base_url=base_url,
        servers=servers,
        timeout=timeout,
        httpx_args=httpx_args,
        transport=transport,
        async_transport=async_transport,
        retry=retry,
        limiter=limiter,
        bounds=bounds,
    )


def build_client(
    auth: ApiVersionAuth,
    *,
    base_url: str | None = None,
    servers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    httpx_args: dict[str, Any] | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    retry: RetryPolicy | None = None,
    limiter: Limiter | None = None,
    bounds: Bounds | None = None,
) -> Client:
    """A client with SendJim's layer (routing, validation, typed errors) and the given auth."""
    manifest = Manifest.for_package(PACKAGE)
    url = (base_url or manifest.servers[0]).rstrip("/")
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
