"""The OAuth2 authorization code flow: authorize URL, callback check, code exchange, revoke.

004_295254930d8e4ee9.txt: "OAuth - Authorize User" (the browser goes to ``/oauth/authorize``
with ``client_id``, ``redirect_uri``, ``response_type=code`` and a recommended ``state``, and
comes back to ``{redirect_uri}?code=...&state=...`` or ``?error=...&error_description=...``);
"2. OAuth - Exchange Code for Token" (Basic client auth, JSON body); "4. OAuth - Revoke Token"
(Bearer, ``{token}``, empty 200). The state is random and checked in constant time (the shared
``_common/oauth.py``).
"""

from __future__ import annotations

from typing import Any

from mycrmsim_client.api.oauth import oauth_revoke, oauth_token
from mycrmsim_client.client import Client
from mycrmsim_client.models.authorization_code_token_request import AuthorizationCodeTokenRequest
from mycrmsim_client.models.authorization_code_token_request_grant_type import (
    AuthorizationCodeTokenRequestGrantType,
)
from mycrmsim_client.models.revoke_token_request import RevokeTokenRequest
from mycrmsim_client.models.token_response import TokenResponse

from .._common import oauth
from .._common.oauth import TokenSet
from .._common.redaction import register
from .auth import MycrmsimAuth
from .factory import auth_of

AUTHORIZE_URL = "https://backend.mysmsgateway.app/oauth/authorize"
"""Documented ("OAuth - Authorize User"); it is also the spec's ``oauth2`` ``authorizationUrl``."""


def authorization_url(client_id: str, redirect_uri: str, *, endpoint: str = AUTHORIZE_URL) -> tuple[str, str]:
    """The URL to open in the user's browser, with a fresh ``state``; returns ``(url, state)``.

    Keep ``state`` (in the user's session) for ``code_from_callback``.
    """
    for name, value in (("client_id", client_id), ("redirect_uri", redirect_uri)):
        if not isinstance(value, str) or not value:
            raise ValueError(f"{name} must be a non-empty string")
    params = {"client_id": client_id, "redirect_uri": redirect_uri, "response_type": "code"}
    return oauth.authorization_url(endpoint, params)


def _exchange_body(code: str, redirect_uri: str) -> AuthorizationCodeTokenRequest:
    if not code or not redirect_uri:
        raise ValueError("code and redirect_uri must be non-empty strings")
    register(code)  # sent in a JSON body, which the transport does not scan
    return AuthorizationCodeTokenRequest(
        grant_type=AuthorizationCodeTokenRequestGrantType.AUTHORIZATION_CODE, code=code, redirect_uri=redirect_uri
    )


def exchange_code(client: Client, *, code: str, redirect_uri: str) -> TokenSet:
    """Swap the code for tokens (Basic client auth); they are saved via ``on_refresh``, then used.

    ``redirect_uri`` must be the one of the authorize request. A refusal raises the status
    error (``invalid_grant`` for a used or expired code) and leaves the client as it was.
    """
    auth = auth_of(client)
    response = oauth_token.sync_detailed(client=client, body=_exchange_body(code, redirect_uri))
    return _install(auth, response.parsed)


async def aexchange_code(client: Client, *, code: str, redirect_uri: str) -> TokenSet:
    """``exchange_code`` for async callers."""
    auth = auth_of(client)
    response = await oauth_token.asyncio_detailed(client=client, body=_exchange_body(code, redirect_uri))
    return _install(auth, response.parsed)


def revoke(client: Client, token: str | None = None) -> None:
    """Revoke ``token`` (default: the client's current access token); the client keeps its tokens."""
    oauth_revoke.sync_detailed(client=client, body=RevokeTokenRequest(token=_revoked(client, token)))


async def arevoke(client: Client, token: str | None = None) -> None:
    """``revoke`` for async callers."""
    await oauth_revoke.asyncio_detailed(client=client, body=RevokeTokenRequest(token=_revoked(client, token)))


def _revoked(client: Client, token: str | None) -> str:
    if token is not None:
        return token
    tokens = auth_of(client).tokens
    if tokens is None:
        raise ValueError("this client has no access token to revoke")
    return tokens.access_token


def _install(auth: MycrmsimAuth, parsed: Any) -> TokenSet:
    # A refusal was raised by the transport already; a 200 parses as TokenResponse.
    if not isinstance(parsed, TokenResponse):
        raise TypeError("the token endpoint's answer did not parse as a TokenResponse")
    tokens = TokenSet.from_payload(parsed.to_dict(), auth.clock())  # masked already: redaction.learn_response
    auth.use_tokens(tokens)
    return tokens
