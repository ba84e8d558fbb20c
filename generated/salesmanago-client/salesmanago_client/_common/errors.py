"""The typed errors every client raises; each keeps the raw response when there is one.

::

    APIError
    ├── RequestValidationError (also a ValueError)   nothing was sent
    ├── APIConnectionError (also an httpx.TransportError)
    │   └── APITimeoutError (also an httpx.TimeoutException)
    └── ResponseError                                  the vendor answered; ``.response``
        ├── APIStatusError                             an HTTP error status
        │   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
        │   │   NotFoundError 404, ConflictError 409, UnprocessableEntityError 422,
        │   └── RateLimitError 429, ServerError 5xx
        ├── InBandError                                a failure inside a success status
        └── InvalidResponseError                       not the JSON the spec documents
            └── WebhookPayloadError (also a ValueError)  a webhook body; ``.response`` None, ``.payload``

``APIStatusError(response, message)`` builds the subclass that matches the status, so vendor
code that raises ``APIStatusError`` gets the precise class for free.
"""

from __future__ import annotations

import datetime
import email.utils
import re
import time
from collections.abc import Callable

import httpx

from .naming import attribute_path
from .redaction import excerpt, redact

EXCERPT_CHARS = 200
DIGITS = re.compile(r"[0-9]+")
"""A whole number written in ASCII digits only (``str.isdigit`` also takes ``²`` and ``٣``); use ``fullmatch``."""


def body_excerpt(response: httpx.Response) -> str:
    """The start of a response body, on one line, credentials masked (before the cut), for error messages."""
    try:
        text = response.text
    except (httpx.ResponseNotRead, UnicodeDecodeError, LookupError):
        return ""
    return excerpt(text, EXCERPT_CHARS)  # redacted before it is cut: no secret shows in part


def safe_url(url: httpx.URL) -> str:
    """A URL without user info or query string (either may carry credentials)."""
    return redact(str(url.copy_with(userinfo=b"", query=None, fragment=None)))


def retry_after(response: httpx.Response, clock: Callable[[], float] = time.time) -> float | None:
    """The wait ``Retry-After`` asks for, in seconds (delta-seconds or an HTTP date), or None."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if DIGITS.fullmatch(value):
        return float(value)  # 400 digits give inf: longer than any wait a policy takes
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, when.timestamp() - clock())


def without_frames(error: BaseException) -> BaseException:
    """``error`` with the frames it and its chain went through dropped, to be raised again.

    Used where an error leaves code that held a credential or a body echoing one in a local
    variable (the signed document, a parsed token reply): tracebacks that show locals
    (``pytest --showlocals``, error trackers) then never reach those frames. The message,
    type and ``__cause__`` stay; a suppressed ``__context__`` is dropped.
    """
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        link.__traceback__ = None
        if link.__suppress_context__:
            link.__context__ = None
        link = link.__cause__ or link.__context__
    return error


class APIError(Exception):
    """Base of every error a vendor client raises on purpose."""


class RequestValidationError(APIError, ValueError):
    """A request broke a constraint of the spec; nothing was sent.

    ``field`` is the dotted path of the offending value on the wire (``ContactData.State``),
    ``attribute`` the same path in the Python names of the models and arguments
    (``contact_data.state``), ``rule`` the constraint it broke (``maxLength``). The message
    names both paths and says the rule in words; it never quotes the value.
    """

    def __init__(self, operation: str, field: str, rule: str, detail: str) -> None:
        self.operation = operation
        self.field = field
        self.attribute = attribute_path(field)
        self.rule = rule
        also = f" (Python: {self.attribute})" if self.attribute != field else ""
        super().__init__(
            f"{operation}: invalid request field {field!r}{also}: {detail}"
            " (nothing sent; to send anyway use client.with_validation('warn') or 'off')"
        )


class APIConnectionError(APIError, httpx.TransportError):
    """No usable answer: the connection failed, broke off, or the answer was malformed.

    ``sent`` is False when the failure came before any byte of the request left (a refused
    connection), so the request cannot have been processed. The httpx error is ``__cause__``.
    """

    def __init__(self, request: httpx.Request, cause: Exception, *, sent: bool = True) -> None:
        self.method = request.method
        self.url = safe_url(request.url)
        self.sent = sent
        detail = redact(str(cause)) or type(cause).__name__
        super().__init__(f"{type(cause).__name__}: {detail} ({self.method} {self.url})", request=request)


class APITimeoutError(APIConnectionError, httpx.TimeoutException):
    """A connect, write, read or pool timeout."""


class ResponseError(APIError):
    """The vendor sent something, and it is a failure; ``response`` is the raw answer.

    ``response`` (and ``method``, ``url``, ``status_code``) is None only for a body that came
    without an answer of ours: a webhook the vendor posted (``WebhookPayloadError``). Status and
    in-band errors always have one (their attributes say so to type checkers).
    """

    response: httpx.Response | None
    method: str | None
    url: str | None

    def __init__(self, message: str, response: httpx.Response | None) -> None:
        self.response = response
        self.method = self.url = None
        if response is not None:
            self.method = response.request.method
            self.url = safe_url(response.request.url)
            message = f"{message} ({self.method} {self.url})"
        super().__init__(redact(message))

    @property
    def status_code(self) -> int | None:
        """The HTTP status of the answer (None without one)."""
        return None if self.response is None else self.response.status_code

    @property
    def body(self) -> str:
        """A short excerpt of the body (credentials masked)."""
        return "" if self.response is None else body_excerpt(self.response)


class _AnsweredError(ResponseError):
    """A failure that always comes with the vendor's answer (the narrower types of the attributes)."""

    response: httpx.Response
    method: str
    url: str

    @property
    def status_code(self) -> int:
        """The HTTP status of the answer."""
        return self.response.status_code


class APIStatusError(_AnsweredError):
    """An HTTP status the operation does not document as success.

    ``APIStatusError(response)`` returns the subclass for the status (``NotFoundError`` for a
    404, ``ServerError`` for any 5xx, this class itself for the rest, e.g. 405 or 499).
    """

    def __new__(cls, response: httpx.Response, vendor_message: str | None = None) -> APIStatusError:
        if cls is APIStatusError:
            cls = status_error_class(response.status_code)
        return super().__new__(cls)

    def __init__(self, response: httpx.Response, vendor_message: str | None = None) -> None:
        self.vendor_message = redact(vendor_message) if vendor_message else None
        detail = self.vendor_message or body_excerpt(response) or "empty body"
        super().__init__(f"HTTP {response.status_code}: {detail}", response)


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: missing or wrong credentials."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429; ``retry_after`` is the wait the vendor asked for, in seconds (None if it gave none)."""

    def __init__(self, response: httpx.Response, vendor_message: str | None = None) -> None:
        self.retry_after = retry_after(response)
        super().__init__(response, vendor_message)


class ServerError(APIStatusError):
    """Any 5xx, registered or not (500, 502, 503, 520, 530…)."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    """The error class for an HTTP status."""
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, APIStatusError)


class InBandError(_AnsweredError):
    """A success status whose body reports a failure (SALESmanago ``success: false``)."""

    def __init__(self, response: httpx.Response, messages: list[str]) -> None:
        self.messages = [redact(message) for message in messages]
        super().__init__("; ".join(self.messages) or "request failed", response)


class InvalidResponseError(ResponseError):
    """A body the client cannot read as the spec documents it; ``response`` is the raw answer.

    An HTML page, a bare string, invalid or too deeply nested JSON, an empty body where JSON is
    documented, or JSON that breaks the response schema (a required field missing, an object
    where a list belongs). ``reason`` says which, in words (None: the body is not JSON at all).
    ``response`` is None for a webhook body (``WebhookPayloadError``, which keeps ``payload``).
    """

    def __init__(self, response: httpx.Response, reason: str | None = None) -> None:
        self.reason = redact(reason) if reason else None
        what = f", not the answer the spec documents: {self.reason}" if self.reason else " with a non-JSON body"
        super().__init__(f"HTTP {response.status_code}{what}: {body_excerpt(response)!r}", response)


class WebhookPayloadError(InvalidResponseError, ValueError):
    """A webhook body that is not what the vendor documents; ``field`` names the culprit, never quoting it.

    ``payload`` is the body as it was handed to the parser (bytes, text or a mapping); it is not
    in ``repr`` or ``str`` (an error tracker prints those), and ``body`` is a short excerpt with
    credentials masked. ``response`` is None: the vendor posted the body, no answer of ours
    carried it. ``rule`` is the broken constraint (``required``, ``type``, ``enum``, ``format``…).
    """

    def __init__(self, vendor: str, field: str, rule: str, detail: str, payload: object = None) -> None:
        self.field = field
        self.rule = rule
        self.reason = f"field {field!r} {detail}"
        self.payload = payload
        ResponseError.__init__(self, f"invalid {vendor} webhook: {self.reason}", None)

    @property
    def body(self) -> str:
        """The start of the payload, on one line, credentials masked (before the cut)."""
        payload = self.payload
        if isinstance(payload, bytes):
            payload = payload.decode("utf-8", "replace")
        elif not isinstance(payload, str):
            try:
                payload = repr(payload)
            except RecursionError:  # a mapping nested too deeply to print
                payload = ""
        return excerpt(payload, EXCERPT_CHARS)
