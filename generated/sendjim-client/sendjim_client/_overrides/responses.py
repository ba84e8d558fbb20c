"""How SendJim says a request failed: ``{"Code": n, "Message": "..."}``, often under HTTP 200.

EVIDENCE.md:110-111: ``Code`` 0 is success; 404, 405, 411, 412 and 500 are failures, and they
come with HTTP 200 as often as with an error status; HTTP 401 is an authentication failure.
"""

from __future__ import annotations

from typing import Any

import httpx

from .._common.errors import APIStatusError, InBandError, InvalidResponseError
from .._common.jsonbody import response_json
from .._common.manifest import Operation
from .._common.parsing import parse_failure
from .._common.redaction import redact

SUCCESS = 0


class SendJimError(InBandError):
    """A body whose ``Code`` is not 0, whatever the HTTP status; ``code`` and ``message`` are the vendor's."""

    def __init__(self, response: httpx.Response, code: int, message: str | None) -> None:
        self.code = code
        self.message = redact(message) if message else None
        super().__init__(response, [f"SendJim code {code}: {self.message or 'no message'}"])


def _code(document: Any) -> int | None:
    """The body's ``Code`` as an integer (None when absent); the API is loose about its type."""
    if not isinstance(document, dict) or document.get("Code") is None:
        return None
    code = document["Code"]
    if isinstance(code, bool):
        return None
    if isinstance(code, int):
        return code
    try:
        return int(str(code).strip())
    except ValueError:
        return None


def _message(document: Any) -> str | None:
    message = document.get("Message") if isinstance(document, dict) else None
    return message.strip() or None if isinstance(message, str) else None


def check_response(response: httpx.Response, operation: Operation | None) -> None:
    """Raise the typed error for a failed answer.

    An error status raises the status's ``APIStatusError`` subclass (``AuthenticationError`` for
    401) with the vendor's ``Message``; a success status whose ``Code`` is not 0 raises
    ``SendJimError``; a success body that is not a JSON object raises ``InvalidResponseError``.
    """
    failure = None
    try:
        document: Any = response_json(response)
    except ValueError as error:
        document, failure = None, parse_failure(error)
    code = _code(document)
    if response.status_code >= 400:
        message = _message(document)
        if code is not None and code != SUCCESS:
            message = f"SendJim code {code}: {message or 'no message'}"
        raise APIStatusError(response, message)
    if response.status_code >= 300:
        return  # a redirect: the shared check raises the status error, as for every vendor
    if code is not None and code != SUCCESS:
        raise SendJimError(response, code, _message(document))
    if response.content and not isinstance(document, dict):
        raise InvalidResponseError(response, failure or "the body is not a JSON object")
