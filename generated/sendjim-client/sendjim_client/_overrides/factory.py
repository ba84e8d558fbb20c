"""The one constructor call: a generated client with SendJim's auth, validation and typed errors."""

from __future__ import annotations

import warnings
from typing import Unpack

from sendjim_client.client import Client

from .._common.assembly import ClientOptions, assemble, base_url_for
from .._common.config import ConfigurationError, from_env, required
from .._common.manifest import Manifest
from .._common.redaction import register
from .auth import API_VERSION, ApiVersionAuth, PartnerTokenAuth, PrivateLabelAuth, private_label_token
from .responses import check_response

PACKAGE = "sendjim_client"
ENV = "SENDJIM"


def create_client(
    *,
    client_key: str | None = None,
    client_secret: str | None = None,
    grant_token: str | None = None,
    api_version: str = API_VERSION,
    base_url: str | None = None,
    **options: Unpack[ClientOptions],
) -> Client:
    """Build a SendJim client for the generated operation functions.

    Private-label account: ``create_client(client_key=..., client_secret=...)`` sends
    ``Authorization: Bearer base64(key:secret)``. Integration partner acting for a user:
    ``create_client(grant_token=...)`` sends ``Authorization: Token <grant token>`` (get the
    token with ``PartnerApp``). Every request carries ``api_version: 3``; pass ``api_version``
    to use a later version of the API. Given no credential at all, the client reads them from
    ``SENDJIM_CLIENT_KEY`` and ``SENDJIM_CLIENT_SECRET``, or ``SENDJIM_GRANT_TOKEN``; and
    ``base_url`` from ``SENDJIM_BASE_URL``.

    ``base_url`` sends every operation there (the members site's grant included), e.g. to a mock;
    ``servers`` (spec server URL → URL to use, e.g. for ``https://members.sendjim.com``) maps
    single hosts; ``transport`` and ``async_transport`` replace the network transports under the
    client's layer; ``retry`` and ``limiter`` are the shared retry policy and pacing hook.
    ``validation`` (``strict``, ``warn``, ``off``), ``validate_responses`` (``warn``, ``strict``, ``off``) and
    ``record`` (a HAR path or a ``Recorder``, credentials redacted) are the shared ``ClientOptions``.
    """
    if client_key is None and client_secret is None and grant_token is None:
        client_key, client_secret = from_env(None, ENV, "client_key"), from_env(None, ENV, "client_secret")
        grant_token = None if client_key or client_secret else from_env(None, ENV, "grant_token")
        if (client_key is None) != (client_secret is None):
            client_key = required(client_key, ENV, "client_key")
            client_secret = required(client_secret, ENV, "client_secret")
        if client_key is None and client_secret is None and grant_token is None:
            raise ConfigurationError(
                "give client_key and client_secret (private label) or grant_token (partner), or set "
                "SENDJIM_CLIENT_KEY and SENDJIM_CLIENT_SECRET, or SENDJIM_GRANT_TOKEN"
            )
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
    return create_client_with_auth(auth, base_url=base_url, **options)


def create_client_with_auth(
    auth: ApiVersionAuth, *, base_url: str | None = None, **options: Unpack[ClientOptions]
) -> Client:
    """A client with SendJim's layer (routing, validation, typed errors) around an ``httpx.Auth`` you made."""
    manifest = Manifest.for_package(PACKAGE)
    url, chosen = base_url_for(manifest, base_url)
    return assemble(Client, manifest, url, auth, check=check_response, package=PACKAGE, chosen=chosen, **options)


def build_client(auth: ApiVersionAuth, *, base_url: str | None = None, **options: Unpack[ClientOptions]) -> Client:
    """Deprecated name of ``create_client_with_auth`` (same arguments, same client)."""
    warnings.warn("build_client is deprecated: use create_client_with_auth", DeprecationWarning, stacklevel=2)
    return create_client_with_auth(auth, base_url=base_url, **options)
