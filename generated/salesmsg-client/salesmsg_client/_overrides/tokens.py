"""The Salesmsg token endpoint as ``OAuth2Auth`` uses it: how to ask for new tokens, how to read them.

The refresh is ``POST /oauth/token/refresh`` with the form-encoded fields of 000 "Request a
refreshed access token" and EVIDENCE.md:37 (``grant_type=refresh_token``, ``client_id``,
``client_secret``, ``refresh_token``, ``scope=public-api``); file 001 (lines 189-204) shows a JSON
body instead, which the spec does not model (``specs/salesmsg.yaml``, ``oauthTokenRefresh``).
The answer carries a new refresh token (EVIDENCE.md:38), which replaces the old one.
"""

from __future__ import annotations

import httpx
from salesmsg_client.models.refresh_token_request import RefreshTokenRequest
from salesmsg_client.models.refresh_token_request_grant_type import RefreshTokenRequestGrantType

from .._common.credentials import check_credential
from .._common.errors import APIStatusError
from .._common.oauth import TokenSet
from .._common.redaction import pin
from .responses import TokenResponseError, vendor_message

REFRESH_PATH = "/oauth/token/refresh"
DEFAULT_SCOPE = "public-api"


class SalesmsgTokenEndpoint:
    """Refreshes Salesmsg OAuth2 tokens for ``OAuth2Auth`` (the client secret never shows in its repr)."""

    def __init__(self, base_url: str, client_id: str, client_secret: str, scope: str | None = DEFAULT_SCOPE) -> None:
        for name, value in (("client_id", client_id), ("client_secret", client_secret)):
            check_credential(name, value)  # from the OAuth Applications page
        self.url = base_url.rstrip("/") + REFRESH_PATH
        self.client_id = client_id
        self._client_secret = client_secret
        pin(self, client_secret)  # masked while this endpoint lives
        self.scope = scope

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self.url!r}, client_id={self.client_id!r})"

    def refresh_request(self, tokens: TokenSet) -> httpx.Request:
        """The form-encoded refresh request for ``tokens.refresh_token``."""
        if not tokens.refresh_token:
            raise ValueError("these tokens have no refresh_token to refresh with")
        form = RefreshTokenRequest(
            grant_type=RefreshTokenRequestGrantType.REFRESH_TOKEN,
            client_id=self.client_id,
            client_secret=self._client_secret,
            refresh_token=tokens.refresh_token,
        )
        if self.scope is not None:
            form.scope = self.scope
        return httpx.Request("POST", self.url, data=form.to_dict())

    def parse(self, response: httpx.Response, previous: TokenSet, now: float) -> TokenSet:
        """The new tokens; a refusal raises the status error, a success without tokens ``TokenResponseError``."""
        if response.status_code != 200:
            raise APIStatusError(response, vendor_message(response))
        try:
            payload = response.json()
        except ValueError:
            raise TokenResponseError(response, "the body is not JSON") from None
        if not isinstance(payload, dict):
            raise TokenResponseError(response, "the body is not a JSON object")
        try:
            return TokenSet.from_payload(payload, now, previous)
        except ValueError as error:  # its messages name the field, never the value
            raise TokenResponseError(response, str(error)) from None
