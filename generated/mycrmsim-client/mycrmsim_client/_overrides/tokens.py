"""The myCRMSIM token endpoint: Basic client authentication, JSON bodies, rotating refresh tokens.

Code exchange and refresh both send ``Authorization: Basic base64(client_id:client_secret)``
and ``Content-Type: application/json`` (004_295254930d8e4ee9.txt, "2. OAuth - Exchange Code for
Token" and "3. OAuth - Refresh Token"); the refresh answer "may rotate" the refresh token
("3. OAuth - Refresh Token"), so the new one always replaces the old. The path is the spec's
``oauthToken`` operation (refresh on it is inferred, see specs/mycrmsim.yaml).
"""

from __future__ import annotations

import base64

import httpx
from mycrmsim_client.models.refresh_token_request import RefreshTokenRequest
from mycrmsim_client.models.refresh_token_request_grant_type import RefreshTokenRequestGrantType

from .._common.credentials import check_credential
from .._common.errors import APIStatusError, ResponseError
from .._common.manifest import Manifest
from .._common.oauth import TokenSet
from .._common.redaction import pin
from .responses import vendor_message

TOKEN_OPERATION = "oauthToken"  # noqa: S105 -- an operationId, not a secret


class TokenResponseError(ResponseError):
    """The token endpoint answered with success but not with tokens (the body is never quoted)."""

    def __init__(self, response: httpx.Response, problem: str) -> None:
        super().__init__(f"HTTP {response.status_code} from the token endpoint: {problem}", response)


class ClientCredentials:
    """An OAuth client id and secret; the secret never shows in a repr."""

    def __init__(self, client_id: str, client_secret: str) -> None:
        for name, value in (("client_id", client_id), ("client_secret", client_secret)):
            check_credential(name, value)  # your myCRMSIM OAuth client
        self.client_id = client_id
        self._client_secret = client_secret
        pin(self, client_secret, self.basic_header().split(" ", 1)[1])  # masked while these credentials live

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self.client_id!r})"

    def basic_header(self) -> str:
        """The ``Authorization`` value: HTTP Basic of ``client_id:client_secret`` (RFC 7617)."""
        pair = f"{self.client_id}:{self._client_secret}".encode()
        return "Basic " + base64.b64encode(pair).decode("ascii")


def token_path(manifest: Manifest) -> str:
    """The path of the token endpoint, as the spec gives it."""
    for operation in manifest.operations:
        if operation.operation_id == TOKEN_OPERATION:
            return operation.path
    raise LookupError(f"the spec has no {TOKEN_OPERATION} operation")


def parse_token_response(response: httpx.Response, now: float, previous: TokenSet | None = None) -> TokenSet:
    """The tokens of a token-endpoint answer; a refusal raises the status error."""
    if response.status_code != 200:
        raise APIStatusError(response, vendor_message(response))
    try:
        payload = response.json()
    except ValueError:
        raise TokenResponseError(response, "the body is not JSON") from None
    if not isinstance(payload, dict):
        raise TokenResponseError(response, "the body is not a JSON object")
    try:
        tokens = TokenSet.from_payload(payload, now, previous)
    except ValueError as error:  # its messages name the field, never the value
        raise TokenResponseError(response, str(error)) from None
    return tokens  # the transport has registered them for masking (redaction.learn_response)


class MycrmsimTokenEndpoint:
    """Refreshes myCRMSIM tokens for ``OAuth2Auth`` (no secret in its repr)."""

    def __init__(self, url: str, credentials: ClientCredentials) -> None:
        self.url = url
        self.credentials = credentials

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self.url!r}, credentials={self.credentials!r})"

    def refresh_request(self, tokens: TokenSet) -> httpx.Request:
        """``POST`` the JSON refresh body with Basic client authentication."""
        if not tokens.refresh_token:
            raise ValueError("these tokens have no refresh_token to refresh with")
        body = RefreshTokenRequest(
            grant_type=RefreshTokenRequestGrantType.REFRESH_TOKEN, refresh_token=tokens.refresh_token
        )
        return httpx.Request(
            "POST", self.url, json=body.to_dict(), headers={"Authorization": self.credentials.basic_header()}
        )

    def parse(self, response: httpx.Response, previous: TokenSet, now: float) -> TokenSet:
        """The new tokens (a rotated refresh token replaces the old one; none given keeps it)."""
        return parse_token_response(response, now, previous)
