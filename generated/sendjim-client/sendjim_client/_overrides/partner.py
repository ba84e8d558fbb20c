"""The integration-partner OAuth flow: the ``/OAuth/Account`` URL, the callback, ``POST /OAuth/Grant``.

003_76ba95bb76106b9b.txt, "Integration Partner Accounts": send the user's browser to
``{web url}/OAuth/Account?clientKey=CLIENT_KEY&callbackUrl=WHITE_LISTED_CALLBACK_URL`` (optional
``state``, returned to the callback); the callback gets ``requestToken`` and ``expires`` (seconds
from now until the request token expires); POST the client key, secret and request token to
``{web url}/OAuth/Grant`` for a ``GrantToken`` that does not expire (EVIDENCE.md:105-108).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from sendjim_client.api.o_auth import oauth_grant
from sendjim_client.client import Client
from sendjim_client.models.grant_request import GrantRequest
from sendjim_client.models.grant_response import GrantResponse
from sendjim_client.types import Response

from .._common.errors import DIGITS, APIError
from .._common.oauth import authorization_url, callback_params, verify_state
from .._common.redaction import pin, register
from .auth import API_VERSION, ApiVersionAuth
from .factory import create_client, create_client_with_auth

ACCOUNT_URL = "https://members.sendjim.com/OAuth/Account"
"""The browser page of the flow (environment value ``web url`` + ``/OAuth/Account``)."""


MAX_EXPIRES_DIGITS = 9
"""``expires`` counts seconds from now: nine digits are 31 years; more is no lifetime a token has."""


class PartnerAuthorizationError(APIError, ValueError):
    """The callback carries no usable ``requestToken``/``expires`` (the user did not allow access)."""


class RequestTokenExpiredError(APIError, ValueError):
    """The request token's ``expires`` has passed; nothing was sent. Start the authorization again."""


class GrantResponseError(APIError):
    """``/OAuth/Grant`` answered with success but without a ``GrantToken`` (the body is not quoted)."""

    def __init__(self, status_code: int) -> None:
        self.status_code = status_code
        super().__init__(f"HTTP {status_code} from /OAuth/Grant carries no GrantToken")


@dataclass(frozen=True)
class RequestToken:
    """The callback's request token and when it expires (epoch seconds); the repr hides the token."""

    value: str = field(repr=False)
    expires_at: float

    def expired(self, now: float) -> bool:
        """Whether the token can no longer be exchanged at ``now``."""
        return now >= self.expires_at


@dataclass(frozen=True)
class Grant:
    """The answer of ``/OAuth/Grant``: the user's grant token (never shown in the repr) and name."""

    grant_token: str = field(repr=False)
    user_first_name: str | None = None
    user_last_name: str | None = None
    username: str | None = None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


@dataclass(frozen=True)
class PartnerApp:
    """A SendJim integration partner: client key and secret, and one white-listed callback URL."""

    client_key: str
    client_secret: str = field(repr=False)
    callback_url: str

    def __post_init__(self) -> None:
        for name in ("client_key", "client_secret", "callback_url"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"{name} must be a non-empty string")
        if urlsplit(self.callback_url).scheme not in ("http", "https"):
            raise ValueError("callback_url must be an absolute http(s) URL white-listed in SendJim")
        register(self.client_secret)  # masked in logs and errors
        pin(self, self.client_secret)  # and for this app's whole life

    def authorization_url(self) -> tuple[str, str]:
        """``(url, state)``: send the user's browser to ``url``; keep ``state`` in the user's session."""
        return authorization_url(ACCOUNT_URL, {"clientKey": self.client_key, "callbackUrl": self.callback_url})

    def request_token_from_callback(
        self,
        expected_state: str,
        callback: str | Mapping[str, str],
        *,
        clock: Callable[[], float] = time.time,
    ) -> RequestToken:
        """The request token of a callback (its URL or query parameters), after checking ``state``.

        Raises ``OAuthStateError`` if ``state`` is missing or not ``expected_state`` (constant-time
        comparison), ``PartnerAuthorizationError`` if ``requestToken`` or ``expires`` is missing or
        ``expires`` is not a whole number of seconds.
        """
        params = callback_params(callback)
        verify_state(expected_state, params.get("state"))
        token = params.get("requestToken")
        if not token:
            raise PartnerAuthorizationError("the callback has no 'requestToken': the user did not allow access")
        expires = params.get("expires", "")
        if not DIGITS.fullmatch(expires) or len(expires) > MAX_EXPIRES_DIGITS:
            raise PartnerAuthorizationError("the callback's 'expires' is not a whole number of seconds")
        register(token)
        return RequestToken(token, clock() + int(expires))

    def _body(self, request_token: RequestToken, now: float) -> GrantRequest:
        if not isinstance(request_token, RequestToken):
            raise TypeError("request_token must be the RequestToken from request_token_from_callback")
        if request_token.expired(now):
            late = now - request_token.expires_at
            raise RequestTokenExpiredError(
                f"the request token expired {late:.0f}s ago; send the user through authorization_url again"
            )
        return GrantRequest(
            client_key=self.client_key, client_secret=self.client_secret, request_token=request_token.value
        )

    def grant(
        self,
        request_token: RequestToken,
        *,
        api_version: str = API_VERSION,
        clock: Callable[[], float] = time.time,
        **client_args: Any,
    ) -> Grant:
        """Exchange the request token at ``POST /OAuth/Grant`` (before it expires) for the user's grant.

        ``client_args`` go to ``create_client_with_auth`` (``base_url``, ``servers``, ``transport``…).
        """
        body = self._body(request_token, clock())
        with create_client_with_auth(ApiVersionAuth(api_version), **client_args) as client:
            return _grant(oauth_grant.sync_detailed(client=client, body=body))

    async def grant_async(
        self,
        request_token: RequestToken,
        *,
        api_version: str = API_VERSION,
        clock: Callable[[], float] = time.time,
        **client_args: Any,
    ) -> Grant:
        """The async twin of ``grant``."""
        body = self._body(request_token, clock())
        async with create_client_with_auth(ApiVersionAuth(api_version), **client_args) as client:
            return _grant(await oauth_grant.asyncio_detailed(client=client, body=body))

    def create_client(self, grant: Grant | str, **kwargs: Any) -> Client:
        """A client acting for the user who granted access; see ``create_client``."""
        token = grant.grant_token if isinstance(grant, Grant) else grant
        return create_client(grant_token=token, **kwargs)


def _grant(response: Response[GrantResponse]) -> Grant:
    # A failure (error status, or Code != 0 under 200) was raised as a typed error by the client's layer.
    parsed = response.parsed
    if not isinstance(parsed, GrantResponse) or not isinstance(parsed.grant_token, str) or not parsed.grant_token:
        raise GrantResponseError(int(response.status_code))
    token = parsed.grant_token
    register(token)
    return Grant(
        grant_token=token,
        user_first_name=_text(parsed.user_first_name),
        user_last_name=_text(parsed.user_last_name),
        username=_text(parsed.username),
    )
