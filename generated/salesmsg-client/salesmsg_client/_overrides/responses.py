"""How Salesmsg says a request failed, and the typed errors raised for it.

Error bodies are JSON ``{message, status?, auth_required?, errors?}`` whose ``message`` may be
``null`` (a malformed token gives 500 ``{"message": null}`` on some paths), and some permission
failures answer with an HTML page instead (EVIDENCE.md:43-47). Either way the caller gets an
``APIStatusError`` with the status and a short excerpt of what came back.
"""

from __future__ import annotations

import html
import re
from typing import Any

import httpx

from .._common.errors import EXCERPT_CHARS, APIStatusError, InvalidResponseError, ResponseError
from .._common.jsonbody import JSONTooDeepError, response_json
from .._common.manifest import Operation
from .._common.redaction import excerpt

TOKEN_OPERATIONS = frozenset({"oauthTokenExchange", "oauthTokenRefresh", "personalTokenRefresh"})
"""Operations whose answers carry tokens: their bodies are never quoted in an error."""

_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)


class TokenResponseError(InvalidResponseError):
    """A token endpoint answered with success but not with tokens.

    An ``InvalidResponseError`` like any other body that is not the documented JSON, except that
    its message does not quote the body: a token answer may hold a token not yet known to the
    redaction registry (it is learnt from JSON replies only).
    """

    def __init__(self, response: httpx.Response, problem: str) -> None:
        ResponseError.__init__(self, f"HTTP {response.status_code} from the token endpoint: {problem}", response)


def html_excerpt(text: str) -> str:
    """The visible text of an HTML page, on one line, shortened for an error message."""
    return excerpt(html.unescape(_TAG.sub(" ", text)), EXCERPT_CHARS)  # redacted, then cut


def vendor_message(response: httpx.Response) -> str | None:
    """What the vendor says went wrong, or None when its body says nothing usable.

    A JSON ``message`` wins; an HTML page gives its visible text; ``{"message": null}`` and
    other bodies give None, and the error then shows a raw excerpt of the body.
    """
    content_type = response.headers.get("content-type", "")
    if "html" in content_type or response.text.lstrip()[:1] == "<":
        text = html_excerpt(response.text)
        return f"HTML page: {text}" if text else "an empty HTML page"
    try:
        document: Any = response_json(response)
    except ValueError:
        return None
    message = document.get("message") if isinstance(document, dict) else None
    return (message.strip() or None) if isinstance(message, str) else None


def check_response(response: httpx.Response, operation: Operation | None) -> None:
    """Raise the typed error for a failed answer; leave a success alone."""
    if response.status_code >= 400:
        raise APIStatusError(response, vendor_message(response))
    if response.status_code >= 300:
        return  # a redirect: the shared check raises the status error, as for every vendor
    try:
        response_json(response)
    except ValueError as error:
        deep = "the JSON is nested too deeply" if isinstance(error, JSONTooDeepError) else None
        if operation is not None and operation.operation_id in TOKEN_OPERATIONS:
            raise TokenResponseError(response, deep or "the body is not JSON") from None
        raise InvalidResponseError(response, deep) from None
