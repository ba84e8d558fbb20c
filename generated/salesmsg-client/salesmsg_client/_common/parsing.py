"""What the generated ``_parse_response`` of every operation shares (``scripts/templates/endpoint_module.py.jinja``).

The generated ``from_dict`` code trusts the body: a missing required field is a ``KeyError``, a
string where a list belongs a ``ValueError``, a string where an object belongs an
``AttributeError``. The parser catches ``PARSE_ERRORS`` and raises ``InvalidResponseError`` with
``parse_failure``'s words instead, so no builtin exception escapes a parser. The words never
quote a value from the body (it may hold a credential); a missing field's name is the spec's.
"""

from __future__ import annotations

from http import HTTPStatus

import httpx

from .errors import APIStatusError

PARSE_ERRORS = (LookupError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError)
"""What the generated parsing code raises on a body that breaks the response schema."""


def parse_failure(error: BaseException) -> str:
    """Why a body could not be read as the documented model, in words, without quoting the body."""
    if isinstance(error, KeyError) and error.args and isinstance(error.args[0], str):
        return f"the required field {error.args[0]!r} is missing"
    if isinstance(error, RecursionError) or type(error).__name__ == "JSONTooDeepError":
        return "the JSON is nested too deeply"
    if type(error).__name__ == "JSONDecodeError":
        return "the body is not JSON"
    if isinstance(error, UnicodeDecodeError):
        return "the body is not UTF-8 text"
    return "a value does not have the type the spec documents"


def success_status(response: httpx.Response) -> HTTPStatus:
    """The answer's status if it is a success (1xx/2xx the HTTP registry knows); else the status error.

    The transport raises for error statuses already; this keeps the parser honest when it is
    handed an answer directly (``_build_response``), and makes a 3xx (redirects are not
    followed) the typed status error in every client.
    """
    try:
        status = HTTPStatus(response.status_code)
    except ValueError:
        raise APIStatusError(response) from None
    if status >= 300:
        raise APIStatusError(response)
    return status
