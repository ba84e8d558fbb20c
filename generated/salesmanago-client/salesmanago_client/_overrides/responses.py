"""How SALESmanago says a request failed."""

from __future__ import annotations

from typing import Any

import httpx

from .._common.errors import APIStatusError, InBandError, InvalidResponseError
from .._common.jsonbody import response_json
from .._common.manifest import Operation
from .._common.parsing import parse_failure


def messages(document: Any) -> list[str]:
    """The vendor's messages (some replies say ``messages``: specs/salesmanago.discrepancies.yaml)."""
    if not isinstance(document, dict):
        return []
    found = document.get("message", document.get("messages"))
    if isinstance(found, str):
        return [found]
    return [str(item) for item in found] if isinstance(found, list) else []


def check_response(response: httpx.Response, operation: Operation | None) -> None:
    """Raise the typed error for a failed reply.

    Every reply is a JSON object ``{success, message[], ...}``; a failure is usually
    ``success: false`` under HTTP 200, and some failures come back as a bare string
    (EVIDENCE.md, SALESmanago, "Response model").
    """
    failure = None
    try:
        document = response_json(response)
    except ValueError as error:
        document, failure = None, parse_failure(error)
    if response.status_code >= 400:
        raise APIStatusError(response, "; ".join(messages(document)) or None)
    if response.status_code >= 300:
        return  # a redirect: the shared check raises the status error, as for every vendor
    if not isinstance(document, dict):
        raise InvalidResponseError(response, failure or "the body is not a JSON object")
    if document.get("success") is False:
        raise InBandError(response, messages(document))
