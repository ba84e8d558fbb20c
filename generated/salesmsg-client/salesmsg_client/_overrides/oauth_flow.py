"""The Salesmsg OAuth2 authorization-code flow: authorize URL, callback check, code exchange.

000 "1. Authorization code grant flow": send the user's browser to
``https://app.salesmessage.com/auth/oauth?response_type=code&client_id=…&redirect_uri=…&scope=…&state=…``;
the browser comes back to ``redirect_uri?code=…&state=…`` (the code lasts 10 minutes); the code
is exchanged, form-encoded, at ``POST /oauth/token`` for an access token and a refresh token.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
from salesmsg_client.api.o_auth import oauth_token_exchange
from salesmsg_client.client import Client
from salesmsg_client.models.access_token import AccessToken
from salesmsg_client.models.authorization_code_token_request import AuthorizationCodeTokenRequest
from salesmsg_client.models.authorization_code_token_request_grant_type import (
    AuthorizationCodeTokenRequestGrantType,
)
from salesmsg_client.types import Response

from .._common.oauth import OAuthAuthorizationError, TokenSet, authorization_url, code_from_callback
from .._common.redaction import pin, register
from .factory import create_client, create_client_with_auth
from .tokens import DEFAULT_SCOPE

AUTHORIZE_URL = "https://app.salesmessage.com/auth/oauth"
"""000 "OAuth2 URLs": the base authorization URL (EVIDENCE.md:34)."""


@dataclass(frozen=True)
class OAuthApp:
    """A registered Salesmsg OAuth application (the secret never shows in its repr)."""

    client_id: str
    client_secret: str = field(repr=False)
    redirect_uri: str
    scope: str = DEFAULT_SCOPE
    """Space-separated scopes to request; the vendor's own flow asks for ``public-api`` (000, EVIDENCE.md:34)."""

    def __post_init__(self) -> None:
        for name in ("client_id", "client_secret", "redirect_uri"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value:
                raise ValueError(f"{name} must be a non-empty string")
        register(self.client_secret)  # masked in logs and errors
        pin(self, self.client_secret)  # and for this app's whole life

    def authorization_url(self) -> tuple[str, str]:
        """``(url, state)``: send the browser to ``url``; keep ``state`` in the user's session."""
        params = {
            "response_type": "code",
            "client_id": self.client_id,
            "redirect_uri": self.redirect_uri,
            "scope": self.scope,
        }
        return authorization_url(AUTHORIZE_URL, params)

    def code_from_callback(self, expected_state: str, callback: str | Mapping[str, str]) -> str:
        """The authorization code of a callback (its URL or query parameters), after checking ``state``.

        Raises ``OAuthStateError`` if ``state`` is missing or not ``expected_state`` (compared in
        constant time), ``OAuthAuthorizationError`` if the callback reports an error or has no code.
        """
        return code_from_callback(expected_state, callback)

    def _request(self, code: str) -> AuthorizationCodeTokenRequest:
        if not isinstance(code, str) or not code:
            raise ValueError("code must be the non-empty authorization code of the callback")
        return AuthorizationCodeTokenRequest(
            grant_type=AuthorizationCodeTokenRequestGrantType.AUTHORIZATION_CODE,
            code=code,
            client_id=self.client_id,
            client_secret=self.client_secret,
            redirect_uri=self.redirect_uri,
        )

    def exchange(
        self,
        code: str,
        *,
        base_url: str | None = None,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.time,
    ) -> TokenSet:
        """Exchange an authorization code for tokens (``POST /oauth/token``, form-encoded)."""
        body = self._request(code)
        with create_client_with_auth(None, base_url=base_url, transport=transport) as client:
            return _tokens(oauth_token_exchange.sync_detailed(client=client, body=body), clock())

    async def exchange_async(
        self,
        code: str,
        *,
        base_url: str | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.time,
    ) -> TokenSet:
        """The async twin of ``exchange``."""
        body = self._request(code)
        async with create_client_with_auth(None, base_url=base_url, async_transport=async_transport) as client:
            return _tokens(await oauth_token_exchange.asyncio_detailed(client=client, body=body), clock())

    def create_client(self, tokens: TokenSet, on_refresh: Callable[[TokenSet], None], **kwargs: Any) -> Client:
        """A client that refreshes ``tokens`` with this app's credentials; see ``create_client``."""
        return create_client(
            tokens, client_id=self.client_id, client_secret=self.client_secret, on_refresh=on_refresh, **kwargs
        )


def _tokens(response: Response[Any], now: float) -> TokenSet:
    # An error status was raised as a typed error by the client's layer already.
    if not isinstance(response.parsed, AccessToken):
        raise OAuthAuthorizationError("no_tokens", f"HTTP {response.status_code} from the token endpoint carries none")
    return TokenSet.from_payload(response.parsed.to_dict(), now)
