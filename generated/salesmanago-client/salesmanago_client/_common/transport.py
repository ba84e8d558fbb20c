"""One httpx transport for every vendor client, sync and async: route, validate, send, retry, check."""

from __future__ import annotations

import asyncio
import copy
import http
import os
import time
import weakref
from collections import deque
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Protocol

import httpx

from .bodies import SIGN_ATTEMPT
from .bounds import Bounds
from .drift import RESPONSE_MODES, DriftEvent, ResponseValidationError, ResponseValidator
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InvalidResponseError,
    RequestValidationError,
    retry_after,
    safe_url,
    without_frames,
)
from .jsonbody import response_json
from .logs import package_logger
from .manifest import RESOLVED, Manifest, Operation
from .network import async_network_transport, network_transport
from .oauth import DEFERRED_STATUSES, REFRESH_ATTEMPT, RefreshAttempt
from .parsing import parse_failure
from .recording import Recorder, now
from .redaction import REGISTRY
from .request_facts import keep
from .retry import DEFAULT_TIMEOUT, RetryPolicy, not_sent
from .validation import RequestValidator

VALIDATION_MODES = ("strict", "warn", "off")

ResponseCheck = Callable[[httpx.Response, Operation | None], None]
RequestCheck = Callable[[httpx.Request, Operation], None]
_KNOWN_STATUSES = frozenset(status.value for status in http.HTTPStatus)
_PACKAGE = __name__.split(".", 1)[0]  # the vendor package this copy of _common lives in


class Limiter(Protocol):
    """Paces requests: called before every attempt (``overrides/_common/ratelimit.py``)."""

    def acquire(self) -> None:
        """Block until a request may go."""

    async def acquire_async(self) -> None:
        """Wait (without blocking the loop) until a request may go."""


def pause_on_429(limiter: Limiter | None, response: httpx.Response, retry: RetryPolicy) -> None:
    """After a 429, hold every client sharing ``limiter`` for the wait the answer asks for.

    The wait is ``Retry-After``, else the policy's ``rate_limit_wait`` (a vendor that blocks the
    whole account, as Salesmsg does, refuses every client until then), at most the policy's
    ``max_retry_after``. Limiters without ``block(seconds)`` are left alone.
    """
    block = getattr(limiter, "block", None)
    if response.status_code != 429 or block is None:
        return
    seconds = retry_after(response, retry.clock)
    if seconds is None:
        seconds = retry.rate_limit_wait
    if seconds:
        block(min(seconds, retry.max_retry_after))


def default_check_response(response: httpx.Response, operation: Operation | None) -> None:
    """The shared rule: a status of 400 or more is an error."""
    if response.status_code >= 400:
        raise APIStatusError(response)


def check_common(response: httpx.Response, operation: Operation | None) -> None:
    """What holds for every vendor after its own check passed.

    Any status of 400 or more, any 3xx (redirects are not followed), and any status
    ``http.HTTPStatus`` does not know (the generated ``_build_response`` would raise
    ``ValueError`` on it: openapi-python-client#1442) becomes the typed status error. A body the
    spec documents as JSON (for this status, or for the operation's success when the status is
    an undocumented success) that is not JSON, or is nested too deeply, is ``InvalidResponseError``.
    """
    status = response.status_code
    if status >= 300 or status not in _KNOWN_STATUSES:
        raise APIStatusError(response)
    if operation is not None and _expects_json(operation, status):
        try:
            response_json(response)
        except ValueError as error:
            raise InvalidResponseError(response, parse_failure(error)) from None


def _expects_json(operation: Operation, status: int) -> bool:
    known = operation.json_statuses.get(status)
    if known is None:
        known = _documents_json(operation, status)
        if status in _KNOWN_STATUSES:  # bounded: only the statuses HTTP names are kept
            operation.json_statuses[status] = known
    return known


def _documents_json(operation: Operation, status: int) -> bool:
    documented = operation.responses or {}
    if any(key in documented for key in (str(status), f"{str(status)[0]}XX", "default")):
        return operation.expects_json(status)
    return any(operation.expects_json(int(key)) for key in documented if key.isdigit() and key < "300")


class VendorTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps the real transports of an httpx client.

    Before sending: sends an operation with its own server in the spec to that server
    (``servers`` maps spec server URLs to the URLs to use, for mocks and proxies) and
    validates the query and body against the spec, after the vendor's ``request_check`` (rules
    the spec cannot express), so a bad request is rejected with nothing sent; a request
    without any timeout gets ``DEFAULT_TIMEOUT``.
    For each attempt: waits for the ``limiter`` if there is one, sends, reads the body,
    logs one DEBUG line, and retries as ``retry`` says (see ``retry.py``).
    After the last attempt: runs ``check`` (the vendor's errors), then the shared checks, unless
    the auth flow said it handles the status itself (``oauth.DEFERRED_STATUSES``).
    Connection failures become ``APIConnectionError``/``APITimeoutError``.
    The generated client passes the same ``httpx_args`` to its sync and async clients, so
    this one object serves both.
    """

    def __init__(
        self,
        manifest: Manifest,
        base_url: str,
        *,
        check: ResponseCheck = default_check_response,
        request_check: RequestCheck | None = None,
        servers: Mapping[str, str] | None = None,
        sync_transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        limiter: Limiter | None = None,
        default_timeout: httpx.Timeout | None = DEFAULT_TIMEOUT,
        package: str = _PACKAGE,
        validation: str = "strict",
        validate_responses: str = "warn",
        recorder: Recorder | None = None,
        bounds: Bounds | None = None,
    ) -> None:
        if validate_responses not in RESPONSE_MODES:
            raise ValueError(f"validate_responses must be one of {', '.join(RESPONSE_MODES)}")
        self.validate_responses = validate_responses
        self.response_validator = ResponseValidator(manifest)
        self.drift_events: deque[DriftEvent] = deque(maxlen=100)
        self.recorder = recorder
        if validation not in VALIDATION_MODES:
            raise ValueError(f"validation must be one of {', '.join(VALIDATION_MODES)}")
        self.validation = validation
        self.manifest = manifest
        self.base_url = base_url.rstrip("/")
        self.check = check
        self.request_check = request_check
        self.servers = dict(servers or {})
        self.validator = RequestValidator(manifest)
        self.retry = retry or RetryPolicy()
        self.limiter = limiter
        self.default_timeout = default_timeout
        self.logger = package_logger(package)
        self.bounds = bounds or Bounds()
        self._sync = sync_transport
        self._async = async_transport
        # One network transport per event loop when this object makes them (a connection pool
        # belongs to the loop that opened it); a transport passed in serves every loop.
        self._async_by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncBaseTransport] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        return f"VendorTransport(base_url={safe_url(httpx.URL(self.base_url))!r}, retry={self.retry!r})"

    def _prepare(self, request: httpx.Request) -> Operation | None:
        resolved = self.manifest.resolve(request, self.base_url)
        if self.default_timeout is not None:
            timeout = request.extensions.get("timeout")
            if not timeout or all(value is None for value in timeout.values()):
                request.extensions["timeout"] = self.default_timeout.as_dict()
        REGISTRY.learn_request(request)
        if resolved is None:
            return None
        path, operation = resolved
        if operation.server is not None:
            target = self.servers.get(operation.server, operation.server).rstrip("/")
            request.url = httpx.URL(target + path, params=request.url.params)
            request.headers["Host"] = request.url.netloc.decode("ascii")
        if self.validation == "off":
            return operation
        failure: BaseException | None = None
        try:
            if self.request_check is not None:
                self.request_check(request, operation)
            self.validator.validate(request, operation)
        except RequestValidationError as error:
            if self.validation == "strict":
                failure = without_frames(error)
            else:
                self.logger.warning(
                    "%s: field %r breaks %s; sent anyway (validation='warn')", error.operation, error.field, error.rule
                )
        except Exception as error:
            failure = without_frames(error)
        if failure is not None:
            raise failure
        return operation

    def with_validation(self, mode: str) -> VendorTransport:
        """A copy of this transport (same network transports, limiter and policy) validating in ``mode``.

        ``strict`` (the default) refuses a request that breaks the spec with nothing sent; ``warn``
        sends it and logs one WARNING naming the field and the rule (never the value); ``off``
        sends it unchecked.
        """
        if mode not in VALIDATION_MODES:
            raise ValueError(f"validation must be one of {', '.join(VALIDATION_MODES)}")
        twin = copy.copy(self)
        twin.validation = mode
        return twin

    def with_recording(self, target: Recorder | str | os.PathLike[str]) -> VendorTransport:
        """A copy of this transport that records every exchange to a HAR file (``recording.py``)."""
        twin = copy.copy(self)
        twin.recorder = target if isinstance(target, Recorder) else Recorder(target)
        return twin

    def _record(self, request: httpx.Request, response: httpx.Response, started: float, wall: datetime | None) -> None:
        if self.recorder is not None and wall is not None:
            self.recorder.record(request, response, wall, (time.perf_counter() - started) * 1000)

    def _check_response(self, response: httpx.Response, operation: Operation) -> None:
        if self.validate_responses == "off":
            return
        event = self.response_validator.check(response, operation)
        if event is None:
            return
        if self.validate_responses == "strict":
            raise ResponseValidationError(event, response)
        self.drift_events.append(event)
        self.logger.warning(
            "%s: HTTP %d body field %r breaks %s (the spec does not describe it; drift recorded)",
            event.operation,
            event.status,
            event.field,
            event.rule,
        )

    def operation_for(self, method: str, url: str) -> Operation | None:
        """The operation a path as a generated function writes it (relative, unresolved) belongs to."""
        path = url.split("?", 1)[0].split("#", 1)[0]
        if path.startswith(self.base_url):
            path = path[len(self.base_url) :]
        exact = self.manifest.find(method.upper(), path) if "{" not in path and "." not in path else None
        if exact is not None and not exact.path_names:
            return exact  # most operations: no parameter in the path, found in one lookup
        for operation in self.manifest.operations:
            if operation.method == method.upper() and operation.template.fullmatch(path):
                return operation
        return None

    def check_path(self, method: str, url: str) -> Operation | None:
        """Validate the path parameters of a request path before httpx resolves it (``requests.py``).

        Returns the operation when the path is exactly its spec path (no parameters), so the
        request built from it can carry the lookup (``Manifest.resolve``).
        """
        operation = self.operation_for(method, url)
        if operation is None or not operation.path_names:
            return operation
        path = url.split("?", 1)[0].split("#", 1)[0].removeprefix(self.base_url)
        match = operation.template.fullmatch(path)
        if match is not None:
            values = [match.group(f"p{index}") for index in range(len(operation.path_names))]
            self.validator.validate_path(operation, dict(zip(operation.path_names, values, strict=True)))
        return None

    def resolved(self, request: httpx.Request, operation: Operation) -> None:
        """Record on a request just built from ``operation``'s exact path that it belongs to it."""
        keep(request, RESOLVED, (self.base_url, self.manifest), (operation.path, operation))

    def _idempotent(self, operation: Operation | None, request: httpx.Request) -> bool:
        if operation is not None:
            return bool(operation.idempotent)
        return request.method in ("GET", "HEAD", "OPTIONS", "PUT", "DELETE")

    def _log(self, request: httpx.Request, outcome: str, started: float, attempt: int, wait: float | None) -> None:
        if self.logger.isEnabledFor(10):  # logging.DEBUG
            then = f", retry in {wait:.2f}s" if wait is not None else ""
            self.logger.debug(
                "%s %s -> %s in %.1f ms (attempt %d/%d%s)",
                request.method,
                safe_url(request.url),
                outcome,
                (time.perf_counter() - started) * 1000,
                attempt,
                self.retry.max_attempts,
                then,
            )

    def _finish(self, request: httpx.Request, response: httpx.Response, operation: Operation | None) -> None:
        response.request = request
        REGISTRY.learn_response(response)
        if response.status_code in request.extensions.get(DEFERRED_STATUSES, ()):
            return  # the auth answers it (OAuth2Auth: a 401 means refresh and send again)
        try:
            self.check(response, operation)
            check_common(response, operation)
            if operation is not None:
                self._check_response(response, operation)
        except Exception as error:
            failure: BaseException | None = without_frames(error)
        else:
            failure = None
        if failure is not None:
            raise failure

    def _failed(self, request: httpx.Request, error: httpx.TransportError) -> APIConnectionError:
        kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        return kind(request, error, sent=not not_sent(error))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send one request through the wrapped sync transport, retrying as the policy says.

        A token refresh (``oauth.REFRESH_ATTEMPT``) is settled with its outcome, so the callers
        waiting for it share its tokens or its error.
        """
        attempt: RefreshAttempt | None = request.extensions.get(REFRESH_ATTEMPT)
        if attempt is None:
            return self._handle(request)
        try:
            response = self._handle(request)
        except BaseException as error:
            attempt.settle(None, error)
            raise
        attempt.settle(response, None)
        return response

    def _handle(self, request: httpx.Request) -> httpx.Response:
        request.read()  # a buffered body can be validated and sent again
        operation = self._prepare(request)
        idempotent = self._idempotent(operation, request)
        if self._sync is None:
            self._sync = network_transport()
        sign = request.extensions.get(SIGN_ATTEMPT)
        attempt = 0
        while True:
            attempt += 1
            if attempt > 1 and sign is not None:
                sign(request)  # a fresh signature for each attempt
            if self.limiter is not None:
                self.limiter.acquire()
            started, wall = time.perf_counter(), now() if self.recorder is not None else None
            until = self.bounds.started()
            try:
                response = self._sync.handle_request(request)
                try:
                    response.request = request
                    self.bounds.read(response, until)
                finally:
                    response.close()
                self._record(request, response, started, wall)
            except httpx.TransportError as error:
                wait = self.retry.wait_after_error(error, attempt, idempotent)
                self._log(request, type(error).__name__, started, attempt, wait)
                if wait is None:
                    raise self._failed(request, error) from error
                self.retry.sleep(wait)
                continue
            pause_on_429(self.limiter, response, self.retry)
            wait = self.retry.wait_after_response(response, attempt, idempotent)
            self._log(request, str(response.status_code), started, attempt, wait)
            if wait is None:
                self._finish(request, response, operation)
                return response
            self.retry.sleep(wait)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send one request through the wrapped async transport, retrying as the policy says.

        A token refresh runs in a shielded task: once sent, it completes and is saved even if
        the call that sent it is cancelled (``oauth.py``, "Cancellation").
        """
        attempt: RefreshAttempt | None = request.extensions.get(REFRESH_ATTEMPT)
        if attempt is None:
            return await self._handle_async(request)
        task = asyncio.ensure_future(self._handle_async(request))
        attempt.task = task

        def settle(done: asyncio.Future[httpx.Response]) -> None:
            if done.cancelled():
                attempt.settle(None, asyncio.CancelledError())
            else:
                error = done.exception()
                attempt.settle(None if error else done.result(), error)

        task.add_done_callback(settle)
        return await asyncio.shield(task)

    async def _handle_async(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        operation = self._prepare(request)
        idempotent = self._idempotent(operation, request)
        network = self._async if self._async is not None else self._loop_transport()
        sign = request.extensions.get(SIGN_ATTEMPT)
        attempt = 0
        while True:
            attempt += 1
            if attempt > 1 and sign is not None:
                sign(request)
            if self.limiter is not None:
                await self.limiter.acquire_async()
            started, wall = time.perf_counter(), now() if self.recorder is not None else None
            until = self.bounds.started()
            try:
                response = await network.handle_async_request(request)
                try:
                    response.request = request
                    await self.bounds.aread(response, until)
                finally:
                    await response.aclose()
                self._record(request, response, started, wall)
            except httpx.TransportError as error:
                wait = self.retry.wait_after_error(error, attempt, idempotent)
                self._log(request, type(error).__name__, started, attempt, wait)
                if wait is None:
                    raise self._failed(request, error) from error
                await self.retry.async_sleep(wait)
                continue
            pause_on_429(self.limiter, response, self.retry)
            wait = self.retry.wait_after_response(response, attempt, idempotent)
            self._log(request, str(response.status_code), started, attempt, wait)
            if wait is None:
                self._finish(request, response, operation)
                return response
            await self.retry.async_sleep(wait)

    def _loop_transport(self) -> httpx.AsyncBaseTransport:
        loop = asyncio.get_running_loop()
        network = self._async_by_loop.get(loop)
        if network is None:
            network = self._async_by_loop[loop] = async_network_transport()
        return network

    def close(self) -> None:
        """Close the wrapped sync transport."""
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        """Close the wrapped async transport."""
        if self._async is not None:
            await self._async.aclose()
        try:
            network = self._async_by_loop.pop(asyncio.get_running_loop(), None)
        except RuntimeError:
            network = None
        if network is not None:
            await network.aclose()
