"""One ``httpx.Auth`` for the whole client: Basic on the token endpoint, Bearer everywhere else.

The token endpoint takes the OAuth client credentials as HTTP Basic; every other operation, on
both hosts, takes ``Authorization: Bearer <access token>`` (004_295254930d8e4ee9.txt,
"Authentication" and each item's "Request Headers"). Bearer, refresh and single flight are the
shared ``OAuth2Auth``; this class only picks which of the two a request gets.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncGenerator, Callable, Generator

import httpx

from .._common.errors import APIError
from .._common.manifest import Manifest
from .._common.oauth import OAuth2Auth, TokenSet
from .tokens import TOKEN_OPERATION, ClientCredentials, MycrmsimTokenEndpoint


class NotAuthorizedError(APIError):
    """An API call before the client has tokens; nothing was sent."""


class MycrmsimAuth(httpx.Auth):
    """Basic client credentials for ``oauthToken``; the shared bearer auth for everything else.

    Without tokens (before the code exchange) only the token endpoint can be called.
    ``use_tokens`` installs tokens from a code exchange: they go to ``on_refresh`` first.
    """

    requires_request_body = True
    requires_response_body = True

    def __init__(
        self,
        manifest: Manifest,
        base_url: str,
        credentials: ClientCredentials,
        endpoint: MycrmsimTokenEndpoint,
        tokens: TokenSet | None,
        *,
        on_refresh: Callable[[TokenSet], None],
        clock: Callable[[], float],
    ) -> None:
        self._manifest = manifest
        self._base_url = base_url
        self.credentials = credentials
        self.endpoint = endpoint
        self._on_refresh = on_refresh
        self.clock = clock
        self._lock = threading.Lock()
        self._bearer = None if tokens is None else self._bearer_for(tokens)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(credentials={self.credentials!r}, bearer={self._bearer!r})"

    def _bearer_for(self, tokens: TokenSet) -> OAuth2Auth:
        return OAuth2Auth(tokens, self.endpoint, on_refresh=self._on_refresh, clock=self.clock)

    @property
    def bearer(self) -> OAuth2Auth | None:
        """The bearer auth in use, or None before the first tokens."""
        return self._bearer

    @property
    def tokens(self) -> TokenSet | None:
        """The tokens in use now (None before the code exchange)."""
        return None if self._bearer is None else self._bearer.tokens

    def use_tokens(self, tokens: TokenSet) -> None:
        """Hand ``tokens`` to ``on_refresh`` (to be saved), then use them for every later call."""
        with self._lock:
            self._on_refresh(tokens)
            self._bearer = self._bearer_for(tokens)

    def _is_token_call(self, request: httpx.Request) -> bool:
        resolved = self._manifest.resolve(request, self._base_url)
        return resolved is not None and resolved[1].operation_id == TOKEN_OPERATION

    def _ready(self, request: httpx.Request) -> OAuth2Auth | None:
        if self._is_token_call(request):
            request.headers["Authorization"] = self.credentials.basic_header()
            return None
        if self._bearer is None:
            raise NotAuthorizedError(
                "this client has no access token yet: finish the authorization (exchange_code) first"
            )
        return self._bearer

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Basic for the token endpoint, else the bearer flow (with its refreshes)."""
        bearer = self._ready(request)
        if bearer is None:
            yield request
            return
        yield from bearer.sync_auth_flow(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """The same for async clients, driving the bearer's async flow."""
        bearer = self._ready(request)
        if bearer is None:
            yield request
            return
        flow = bearer.async_auth_flow(request)
        outgoing = await flow.__anext__()
        while True:
            response = yield outgoing
            try:
                outgoing = await flow.asend(response)
            except StopAsyncIteration:
                return
