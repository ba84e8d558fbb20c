"""OAuth2 for the clients that take tokens: the authorize URL and its ``state``, and a bearer auth.

``OAuth2Auth`` refreshes its tokens before they expire and once on a 401, by sending the
vendor's refresh request through the same client (so it crosses the same transport, mock and
validator as any call), with the timeout of the call that needed it. However many threads or
asyncio tasks find the token expired, one refresh is made; the others wait for it and use its
result, and if it fails they all get its error (a later call tries again). The new tokens go
to the caller's ``on_refresh`` callback *before* they are used: a rotated refresh token is
saved before the old one is spent, so a crash never loses the only valid token.

Cancellation: a refresh, once sent, is completed and saved even when the call that sent it is
cancelled (the transport runs it in a shielded task, which saves the answer when it comes). A
vendor that rotates refresh tokens has already spent the old one when it answers, so dropping
its answer would leave the client with no valid token. The cancelled call returns at once; the
next caller that needs a refresh first waits for the one in flight, and uses its tokens (or
gets its error).
"""

from __future__ import annotations

import asyncio
import hmac
import secrets
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from .credentials import check_credential
from .errors import APIError, without_frames
from .redaction import pin, register

DEFERRED_STATUSES = "deferred_statuses"
"""Request extension: statuses the transport hands back unchecked, because the auth retries them."""
REFRESH_ATTEMPT = "refresh_attempt"
"""Request extension: the ``RefreshAttempt`` the transport settles with the answer or the failure."""


class OAuthStateError(APIError, ValueError):
    """The ``state`` of an authorization callback is missing or is not the one sent."""


def new_state() -> str:
    """A fresh unguessable ``state`` value (256 random bits)."""
    return secrets.token_urlsafe(32)


def authorization_url(endpoint: str, params: Mapping[str, str]) -> tuple[str, str]:
    """The URL to send the user's browser to, with a fresh ``state``; returns ``(url, state)``.

    Keep ``state`` (in the user's session) and pass it to ``verify_state`` on the callback.
    """
    state = new_state()
    url = httpx.URL(endpoint).copy_merge_params({**params, "state": state})
    return str(url), state


def callback_params(callback: object) -> dict[str, str]:
    """The query parameters of an authorization callback: its URL, or a mapping of them.

    A URL that does not parse, or a mapping with a value that is not a string, raises
    ``OAuthAuthorizationError`` (``malformed_callback``) naming no value.
    """
    if isinstance(callback, str):
        try:
            return dict(httpx.URL(callback).params.items())
        except (httpx.InvalidURL, ValueError):
            raise OAuthAuthorizationError("malformed_callback", "the callback URL does not parse") from None
    if not isinstance(callback, Mapping):
        raise OAuthAuthorizationError("malformed_callback", "the callback must be its URL or its query parameters")
    for name, value in callback.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise OAuthAuthorizationError(
                "malformed_callback", f"the callback parameter {str(name)[:40]!r} is not text"
            )
    return dict(callback)


def verify_state(expected: str, received: str | None) -> None:
    """Check a callback's ``state`` against the one sent, in constant time; raise OAuthStateError."""
    if not isinstance(received, str) or not received:
        raise OAuthStateError("the authorization callback has no 'state' parameter; start the authorization again")
    if not hmac.compare_digest(expected.encode("utf-8", "surrogatepass"), received.encode("utf-8", "surrogatepass")):
        raise OAuthStateError(
            "the authorization callback's 'state' is not the one this client sent "
            "(a forged or stale callback); start the authorization again"
        )


class OAuthAuthorizationError(APIError, ValueError):
    """The authorization callback reports a refusal (``?error=...``) or carries no code."""

    def __init__(self, error: str, description: str | None = None) -> None:
        self.error = error
        self.description = description
        super().__init__(f"authorization refused: {error}" + (f" ({description})" if description else ""))


def code_from_callback(expected_state: str, callback: str | Mapping[str, str]) -> str:
    """The authorization code of a callback (its URL or its query parameters), once ``state`` is checked.

    A missing or different ``state`` raises ``OAuthStateError`` (checked first, in constant time);
    ``?error=...`` or a missing code raises ``OAuthAuthorizationError``.
    """
    params = callback_params(callback)
    verify_state(expected_state, params.get("state"))
    if params.get("error"):
        raise OAuthAuthorizationError(params["error"], params.get("error_description"))
    code = params.get("code")
    if not code:
        raise OAuthAuthorizationError("missing_code", "the authorization callback has no 'code' parameter")
    register(code)  # a code is a credential until it is exchanged
    return code


@dataclass(frozen=True)
class TokenSet:
    """An access token, the refresh token that renews it, and when it expires (repr shows no token)."""

    access_token: str = field(repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    expires_at: float | None = None
    """Epoch seconds; ``None`` when the vendor gave no lifetime."""
    token_type: str = "Bearer"  # noqa: S105 -- the scheme name, not a secret
    scope: str | None = None

    def expired(self, now: float, leeway: float = 0.0) -> bool:
        """Whether the access token is expired, or will be within ``leeway`` seconds."""
        return self.expires_at is not None and now >= self.expires_at - leeway

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any], now: float, previous: TokenSet | None = None) -> TokenSet:
        """Read a token response (``access_token``, ``refresh_token``, ``expires_in``, ``scope``).

        A response without ``refresh_token`` keeps the previous one (RFC 6749 §6).
        """
        access = payload.get("access_token")
        if not isinstance(access, str) or not access:
            raise ValueError("the token response has no 'access_token'")
        refresh = payload.get("refresh_token")
        if refresh is not None and not isinstance(refresh, str):
            raise ValueError("the token response's 'refresh_token' is not a string")
        check_credential("the token response's 'access_token'", access, header=True)
        if refresh:
            check_credential("the token response's 'refresh_token'", refresh)
        expires_in = payload.get("expires_in")
        try:
            lifetime = None if expires_in is None else float(expires_in)
        except (TypeError, ValueError):
            raise ValueError("the token response's 'expires_in' is not a number of seconds") from None
        scope = payload.get("scope")
        return cls(
            access_token=access,
            refresh_token=refresh or (previous.refresh_token if previous else None),
            expires_at=None if lifetime is None else now + lifetime,
            token_type=str(payload.get("token_type") or "Bearer"),
            scope=scope if isinstance(scope, str) else (previous.scope if previous else None),
        )


class TokenEndpoint(Protocol):
    """A vendor's refresh call: how to ask for new tokens, and how to read the answer."""

    def refresh_request(self, tokens: TokenSet) -> httpx.Request:
        """The request that exchanges ``tokens.refresh_token`` for new tokens."""

    def parse(self, response: httpx.Response, previous: TokenSet, now: float) -> TokenSet:
        """The new tokens from the answer; raise a typed error if the vendor refused."""


class RefreshAttempt:
    """One refresh: settled once, by the transport, with the vendor's answer or the failure.

    Settling reads and saves the tokens (``OAuth2Auth._accept``) wherever the answer arrives,
    so a refresh whose caller was cancelled is still saved. ``task`` is the shielded task an
    async transport sends it in.
    """

    def __init__(self, auth: OAuth2Auth, used: TokenSet) -> None:
        self._auth = auth
        self._used = used
        self.settled = False
        self.tokens: TokenSet | None = None
        self.error: BaseException | None = None
        self.task: asyncio.Future[Any] | None = None
        self.done = threading.Event()

    def __repr__(self) -> str:
        return f"RefreshAttempt(settled={self.settled})"

    def settle(self, response: httpx.Response | None, error: BaseException | None) -> None:
        """Record the outcome (once): save the new tokens, or keep the error for every waiter."""
        if self.settled:
            return
        self.settled = True
        if error is None and response is not None:
            try:
                self.tokens = self._auth._accept(response, self._used)
            except Exception as failure:
                error = failure
        if error is not None:
            self.error = without_frames(error)
        self._auth._settled(self._used, self.error)
        self.done.set()

    def result(self) -> TokenSet:
        """The new tokens, or the refresh's error raised."""
        if self.error is not None:
            raise self.error
        if self.tokens is None:
            raise RuntimeError("the refresh was never answered")
        return self.tokens


class OAuth2Auth(httpx.Auth):
    """Bearer auth with automatic, single-flight refresh; one object serves sync and async clients.

    ``endpoint=None`` makes a static token (a personal access token): no refresh is attempted.
    ``on_refresh(tokens)`` must persist the new tokens; if it raises, they are not used.
    """

    requires_request_body = True  # a request refused with 401 is sent again after the refresh
    requires_response_body = True  # the refresh answer is parsed inside the flow

    def __init__(
        self,
        tokens: TokenSet,
        endpoint: TokenEndpoint | None = None,
        *,
        on_refresh: Callable[[TokenSet], None] | None = None,
        clock: Callable[[], float] = time.time,
        leeway: float = 60.0,
    ) -> None:
        if not isinstance(tokens, TokenSet) or not tokens.access_token:
            raise ValueError("tokens must be a TokenSet with an access_token")
        check_credential("access_token", tokens.access_token, header=True)
        if tokens.refresh_token is not None:
            check_credential("refresh_token", tokens.refresh_token)
        self._tokens = tokens
        pin(self, tokens.access_token, tokens.refresh_token)  # the tokens in use stay masked
        self._endpoint = endpoint
        self._on_refresh = on_refresh
        self._clock = clock
        self._leeway = leeway
        self._thread_lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self.refreshes = 0
        """How many refreshes this object has made."""
        self._completed = 0  # refresh attempts settled, successful or not
        self._failure: tuple[int, TokenSet, BaseException] | None = None
        self._inflight: RefreshAttempt | None = None  # a refresh whose caller went away before it settled

    def __repr__(self) -> str:
        refreshable = self._endpoint is not None and self._tokens.refresh_token is not None
        return f"{type(self).__name__}(expires_at={self._tokens.expires_at!r}, refreshable={refreshable})"

    @property
    def tokens(self) -> TokenSet:
        """The tokens in use now."""
        return self._tokens

    def _can_refresh(self, tokens: TokenSet) -> bool:
        return self._endpoint is not None and tokens.refresh_token is not None

    def _due(self, tokens: TokenSet) -> bool:
        return self._can_refresh(tokens) and tokens.expired(self._clock(), self._leeway)

    def _authorize(self, request: httpx.Request, tokens: TokenSet, *, may_retry: bool) -> None:
        request.headers["Authorization"] = f"Bearer {tokens.access_token}"
        if may_retry:
            request.extensions = {**request.extensions, DEFERRED_STATUSES: frozenset({401})}
        else:
            request.extensions = {k: v for k, v in request.extensions.items() if k != DEFERRED_STATUSES}

    def _settled(self, used: TokenSet, error: BaseException | None) -> None:
        self._completed += 1
        self._failure = None if error is None else (self._completed, used, error)

    def _refresh(
        self, used: TokenSet, seen: int, request: httpx.Request
    ) -> tuple[httpx.Request, RefreshAttempt] | None:
        """Under the refresh lock: the refresh to send for ``used``, or None if another caller settled it.

        ``seen`` is how many attempts had settled when this caller began to wait: one that
        settled since, for the same tokens, is this caller's too (its error is raised here).
        """
        if self._tokens is not used or self._endpoint is None:
            return None
        failure = self._failure
        if failure is not None and failure[0] > seen and failure[1] is used:
            raise failure[2]
        refresh = self._endpoint.refresh_request(used)
        timeout = request.extensions.get("timeout")
        attempt = self._inflight = RefreshAttempt(self, used)
        refresh.extensions = {
            **refresh.extensions,
            REFRESH_ATTEMPT: attempt,
            **({"timeout": timeout} if timeout else {}),  # the client's timeout, not the default
        }
        return refresh, attempt

    def _accept(self, response: httpx.Response, used: TokenSet) -> TokenSet:
        if self._endpoint is None:
            raise RuntimeError("a refresh answer arrived for a client without a token endpoint")
        try:
            new = self._endpoint.parse(response, used, self._clock())
        except Exception as error:
            failure: BaseException | None = without_frames(error)
        else:
            failure = None
        if failure is not None:
            raise failure
        if self._on_refresh is not None:
            self._on_refresh(new)  # saved before it is used
        pin(self, new.access_token, new.refresh_token)  # the old ones stay learnt
        self._tokens = new
        self.refreshes += 1
        return new

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize, refreshing first if due; on a 401, refresh once and send again."""
        tokens = self._tokens
        refresh_first = self._due(tokens)
        for attempt in (1, 2):
            if refresh_first:
                seen = self._completed
                with self._thread_lock:
                    inflight = self._inflight
                    if inflight is not None and not inflight.settled:
                        inflight.done.wait()  # an async caller's refresh, still out after it was cancelled
                    pending = self._refresh(tokens, seen, request)
                    if pending is None:
                        tokens = self._tokens
                    else:
                        refresh, outcome = pending
                        answer = yield refresh
                        outcome.settle(answer, None)  # a no-op when the transport settled it
                        tokens = outcome.result()
            last = attempt == 2 or not self._can_refresh(tokens)
            self._authorize(request, tokens, may_retry=not last)
            response = yield request
            if last or response.status_code != 401:
                return
            refresh_first = True

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """The same flow for async clients: one refresh per expiry across tasks and threads."""
        tokens = self._tokens
        refresh_first = self._due(tokens)
        for attempt in (1, 2):
            if refresh_first:
                seen = self._completed
                async with self._loop_lock():
                    await self._acquire_thread_lock()
                    try:
                        inflight = self._inflight
                        if inflight is not None and not inflight.settled and inflight.task is not None:
                            await asyncio.shield(inflight.task)  # sent by a call since cancelled: its answer counts
                        pending = self._refresh(tokens, seen, request)
                        if pending is None:
                            tokens = self._tokens
                        else:
                            refresh, outcome = pending
                            answer = yield refresh  # if the call is cancelled here, the refresh goes on
                            outcome.settle(answer, None)
                            tokens = outcome.result()
                    finally:
                        self._thread_lock.release()
            last = attempt == 2 or not self._can_refresh(tokens)
            self._authorize(request, tokens, may_retry=not last)
            response = yield request
            if last or response.status_code != 401:
                return
            refresh_first = True

    async def _acquire_thread_lock(self) -> None:
        """Take the lock sync callers refresh under, blocking this task only, never the event loop.

        If the task is cancelled while it waits, the worker thread may still get the lock
        later; it is then released at once, so a cancelled call never leaves it held.
        """
        acquiring = asyncio.ensure_future(asyncio.to_thread(self._thread_lock.acquire))
        try:
            await asyncio.shield(acquiring)
        except asyncio.CancelledError:
            acquiring.add_done_callback(lambda _: self._thread_lock.release())
            raise

    def _loop_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        lock = self._loop_locks.get(loop)
        if lock is None:
            lock = self._loop_locks[loop] = asyncio.Lock()
        return lock
