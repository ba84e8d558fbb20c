"""The typed errors every client raises; each keeps the raw response when there is one."""

from __future__ import annotations

import httpx

EXCERPT_CHARS = 200


def body_excerpt(response: httpx.Response) -> str:
    """The start of a response body, on one line, for error messages."""
    try:
        text = response.text
    except httpx.ResponseNotRead:
        return ""
    flat = " ".join(text.split())
    return flat[:EXCERPT_CHARS] + ("…" if len(flat) > EXCERPT_CHARS else "")


def safe_url(url: httpx.URL) -> str:
    """A URL without user info or query string (either may carry credentials)."""
    return str(url.copy_with(userinfo=b"", query=None))


class APIError(Exception):
    """Base of every error a vendor client raises on purpose."""


class RequestValidationError(APIError, ValueError):
    """A request broke a constraint of the spec; nothing was sent.

    ``field`` is the dotted path of the offending value in the request body
    (``contact.email``), ``rule`` the constraint it broke (``maxLength``).
    """

    def __init__(self, operation: str, field: str, rule: str, detail: str) -> None:
        self.operation = operation
        self.field = field
        self.rule = rule
        super().__init__(f"{operation}: invalid request field {field!r}: {detail}")


class ResponseError(APIError):
    """The vendor answered, and the answer is a failure; ``response`` is the raw answer."""

    def __init__(self, message: str, response: httpx.Response) -> None:
        self.response = response
        self.method = response.request.method
        self.url = safe_url(response.request.url)
        super().__init__(f"{message} ({self.method} {self.url})")

    @property
    def status_code(self) -> int:
        """The HTTP status of the answer."""
        return self.response.status_code


class APIStatusError(ResponseError):
    """An HTTP status the operation does not document as success."""

    def __init__(self, response: httpx.Response, vendor_message: str | None = None) -> None:
        self.vendor_message = vendor_message
        detail = vendor_message or body_excerpt(response) or "empty body"
        super().__init__(f"HTTP {response.status_code}: {detail}", response)


class InBandError(ResponseError):
    """A success status whose body reports a failure (SALESmanago ``success: false``)."""

    def __init__(self, response: httpx.Response, messages: list[str]) -> None:
        self.messages = messages
        super().__init__("; ".join(messages) or "request failed", response)


class InvalidResponseError(ResponseError):
    """A body that is not the JSON the spec documents (an HTML page, a bare string, nothing)."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"HTTP {response.status_code} with a non-JSON body: {body_excerpt(response)!r}", response)
