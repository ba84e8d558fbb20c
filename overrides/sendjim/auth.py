"""SendJim's two Authorization schemes, each with the mandatory ``api_version`` header.

003_76ba95bb76106b9b.txt, "API Authentication (High level overview)": the Authorization header
goes with every request, scheme ``Bearer`` for private-label accounts and ``Token`` for
integration partners; "API Authentication Changes From API v2 to v3": every request also
carries ``api_version`` (``3`` for this API).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Generator

import httpx

from .._common.credentials import check_credential
from .._common.redaction import pin

API_VERSION = "3"
"""The version this package's spec describes (003, "API Version Header")."""
API_VERSION_HEADER = "api_version"
UNAUTHENTICATED_PATHS = ("/OAuth/Grant",)
"""Paths whose operation has ``security: []`` in the spec: no Authorization is sent there (the partner's
credentials travel in the body of ``POST /OAuth/Grant``, 003 "Integration Partner Accounts")."""
_VERSION = re.compile(r"^[1-9][0-9]*$")


def _require_text(name: str, value: object, *, header: bool = False) -> str:
    check_credential(name, value, header=header)
    assert isinstance(value, str)
    if value != value.strip():
        raise ValueError(f"{name} must not start or end with whitespace")
    return value


def check_api_version(value: object) -> str:
    """``value`` if it is a version number such as ``"3"``; ValueError otherwise."""
    if not isinstance(value, str) or not _VERSION.fullmatch(value):
        raise ValueError("api_version must be a whole version number as a string, such as '3'")
    return value


def private_label_token(client_key: str, client_secret: str) -> str:
    """``base64(CLIENT_KEY:CLIENT_SECRET)``, the private-label bearer token (003, "Private Label Accounts")."""
    _require_text("client_key", client_key)
    _require_text("client_secret", client_secret)
    if ":" in client_key:
        raise ValueError("client_key must not contain ':' (the key and secret are joined with one)")
    return base64.b64encode(f"{client_key}:{client_secret}".encode()).decode("ascii")


class ApiVersionAuth(httpx.Auth):
    """Sets ``api_version`` on every request and no Authorization (``POST /OAuth/Grant`` takes none).

    The client's version wins over the one a generated function puts on the request (which is
    always the spec's ``3``), so ``create_client(..., api_version="4")`` changes every call.
    """

    def __init__(self, api_version: str = API_VERSION) -> None:
        self.api_version = check_api_version(api_version)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_version={self.api_version!r})"

    def authorization(self) -> str | None:
        """The Authorization header value, if the scheme has one."""
        return None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Set the headers; nothing else changes."""
        request.headers[API_VERSION_HEADER] = self.api_version
        value = self.authorization()
        if value is not None and not request.url.path.endswith(UNAUTHENTICATED_PATHS):
            request.headers["Authorization"] = value
        yield request


class PrivateLabelAuth(ApiVersionAuth):
    """``Authorization: Bearer base64(CLIENT_KEY:CLIENT_SECRET)`` (003, "Private Label Accounts").

    Only the encoded credential is kept; the repr shows the client key alone.
    """

    def __init__(self, client_key: str, client_secret: str, api_version: str = API_VERSION) -> None:
        super().__init__(api_version)
        self.client_key = client_key
        self._token = private_label_token(client_key, client_secret)
        pin(self, client_secret, self._token)  # masked for this client's whole life

    def __repr__(self) -> str:
        return (
            f"PrivateLabelAuth(client_key={self.client_key!r}, client_secret=<redacted>, "
            f"api_version={self.api_version!r})"
        )

    def authorization(self) -> str:
        """``Bearer <base64 credentials>``."""
        return f"Bearer {self._token}"


class PartnerTokenAuth(ApiVersionAuth):
    """``Authorization: Token <GrantToken>`` (003, "Integration Partner Accounts", last step).

    The grant token comes from ``PartnerApp.grant``; it does not expire.
    """

    def __init__(self, grant_token: str, api_version: str = API_VERSION) -> None:
        super().__init__(api_version)
        self._grant_token = _require_text("grant_token", grant_token, header=True)
        pin(self, self._grant_token)

    def __repr__(self) -> str:
        return f"PartnerTokenAuth(grant_token=<redacted>, api_version={self.api_version!r})"

    def authorization(self) -> str:
        """``Token <grant token>``."""
        return f"Token {self._grant_token}"
