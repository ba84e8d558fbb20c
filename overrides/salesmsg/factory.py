"""The one constructor call: a generated client with bearer auth, the rate limit and typed errors."""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable
from typing import Unpack

import httpx
from salesmsg_client.client import Client

from .._common.assembly import ClientOptions, assemble, base_url_for
from .._common.config import from_env, required
from .._common.manifest import Manifest
from .._common.oauth import OAuth2Auth, TokenSet
from .._common.ratelimit import RateLimiter
from .._common.redaction import register
from .._common.retry import RetryPolicy
from .responses import check_response
from .tokens import DEFAULT_SCOPE, SalesmsgTokenEndpoint

PACKAGE = "salesmsg_client"
ENV = "SALESMSG"
RATE_LIMIT_PER_MINUTE = 60
"""000 "Rate Limits": 60 requests a minute; above it every call gets 429 for 60 seconds."""
RATE_LIMIT_BLOCK_SECONDS = 60.0
"""How long a 429 without ``Retry-After`` blocks the account (000 "Rate Limits")."""
DEFAULT_RETRY = RetryPolicy(rate_limit_wait=RATE_LIMIT_BLOCK_SECONDS, max_retry_after=RATE_LIMIT_BLOCK_SECONDS)
"""A 429 waits for ``Retry-After``, or the documented 60 s block, then tries again (3 attempts in all)."""


def create_client(
    token: str | TokenSet | None = None,
    *,
    client_id: str | None = None,
    client_secret: str | None = None,
    on_refresh: Callable[[TokenSet], None] | None = None,
    scope: str | None = DEFAULT_SCOPE,
    rate_limit: int | None = RATE_LIMIT_PER_MINUTE,
    base_url: str | None = None,
    clock: Callable[[], float] = time.time,
    **options: Unpack[ClientOptions],
) -> Client:
    """Build a Salesmsg client for the generated operation functions.

    With a personal access token: ``create_client("<PAT>")``, or ``create_client()`` with the
    token in ``SALESMSG_ACCESS_TOKEN``. With OAuth2 tokens:
    ``create_client(tokens, client_id=..., client_secret=..., on_refresh=save)``, where ``tokens``
    is the ``TokenSet`` from ``OAuthApp.exchange`` (or saved earlier); the access token is
    refreshed before it expires and once on a 401, and ``on_refresh(new_tokens)`` must store the
    new tokens (the refresh token rotates) before they are used. ``client_id`` and
    ``client_secret`` not passed with a ``TokenSet`` are read from ``SALESMSG_CLIENT_ID`` and
    ``SALESMSG_CLIENT_SECRET``. A ``TokenSet`` without client credentials is sent as it is,
    never refreshed.

    The client sends at most ``rate_limit`` requests a minute (``None``: no limit); pass a shared
    ``limiter`` instead to keep several clients of one account under the limit together. A 429
    is retried after ``Retry-After`` or the documented 60-second block (``retry`` replaces
    ``DEFAULT_RETRY``), and pauses the limiter that long, so every client sharing it waits.
    ``base_url`` (or ``SALESMSG_BASE_URL``) sends every operation there, the token refreshes
    included (a mock); ``transport`` and ``async_transport`` replace the network transports under
    the client's layer.
    ``validation`` (``strict``, ``warn``, ``off``), ``validate_responses`` (``warn``, ``strict``, ``off``) and
    ``record`` (a HAR path or a ``Recorder``, credentials redacted) are the shared ``ClientOptions``.
    """
    if token is None:
        token = required(None, ENV, "access_token")
    if isinstance(token, TokenSet) and client_id is None and client_secret is None:
        client_id, client_secret = from_env(None, ENV, "client_id"), from_env(None, ENV, "client_secret")
    manifest = Manifest.for_package(PACKAGE)
    url, chosen = base_url_for(manifest, base_url)
    tokens = _tokens(token, client_id, client_secret, on_refresh)
    # Masked in logs, errors and reprs; tokens learnt at a refresh are registered by the transport.
    register(tokens.access_token, tokens.refresh_token, client_secret)
    auth = OAuth2Auth(
        tokens,
        _endpoint(token, url, client_id, client_secret, scope),
        on_refresh=on_refresh,
        clock=clock,
    )
    if options.get("limiter") is None:
        options["limiter"] = _own_limiter(rate_limit)
    return _assemble(manifest, url, chosen, auth, options)


def create_client_with_auth(
    auth: httpx.Auth | None, *, base_url: str | None = None, **options: Unpack[ClientOptions]
) -> Client:
    """A client with the Salesmsg layer (validation, typed errors, pacing) around your ``httpx.Auth`` (or none)."""
    manifest = Manifest.for_package(PACKAGE)
    url, chosen = base_url_for(manifest, base_url)
    return _assemble(manifest, url, chosen, auth, options)


def build_client(
    base_url: str | None = None, *, auth: httpx.Auth | None = None, **options: Unpack[ClientOptions]
) -> Client:
    """Deprecated name of ``create_client_with_auth`` (same client; ``base_url`` came first here)."""
    warnings.warn(
        "build_client is deprecated: use create_client_with_auth(auth, base_url=...)", DeprecationWarning, stacklevel=2
    )
    return create_client_with_auth(auth, base_url=base_url, **options)


def _assemble(manifest: Manifest, url: str, chosen: bool, auth: httpx.Auth | None, options: ClientOptions) -> Client:
    options["retry"] = options.get("retry") or DEFAULT_RETRY
    return assemble(Client, manifest, url, auth, check=check_response, package=PACKAGE, chosen=chosen, **options)


def _own_limiter(rate_limit: int | None) -> RateLimiter | None:
    if rate_limit is None:
        return None
    if isinstance(rate_limit, bool) or not isinstance(rate_limit, int) or rate_limit < 1:
        raise ValueError("rate_limit must be a whole number of requests per minute (at least 1), or None")
    return RateLimiter(rate_limit, 60.0)


def _tokens(
    token: str | TokenSet, client_id: str | None, client_secret: str | None, on_refresh: object | None
) -> TokenSet:
    if isinstance(token, TokenSet):
        if not token.access_token:
            raise ValueError("token: the TokenSet has no access_token")
        if on_refresh is not None and client_id is None and client_secret is None:
            raise ValueError(
                "on_refresh needs client_id and client_secret: without them the tokens are never refreshed"
            )
        return token
    if not isinstance(token, str) or not token.strip():
        raise ValueError("token must be a personal access token (a non-empty string) or a TokenSet")
    if client_id is not None or client_secret is not None or on_refresh is not None:
        raise ValueError("client_id, client_secret and on_refresh apply to OAuth2 tokens: pass a TokenSet as token")
    return TokenSet(token.strip())


def _endpoint(
    token: str | TokenSet, url: str, client_id: str | None, client_secret: str | None, scope: str | None
) -> SalesmsgTokenEndpoint | None:
    if not isinstance(token, TokenSet) or (client_id is None and client_secret is None):
        return None
    if client_id is None or client_secret is None:
        missing = "client_id" if client_id is None else "client_secret"
        raise ValueError(f"{missing} is required to refresh OAuth2 tokens (give both client_id and client_secret)")
    return SalesmsgTokenEndpoint(url, client_id, client_secret, scope)
