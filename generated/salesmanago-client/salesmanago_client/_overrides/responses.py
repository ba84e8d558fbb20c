"""How SALESmanago says a request failed."""

from __future__ import annotations

from typing import Any

import httpx

from .._common.errors import APIStatusError, InBandError, InvalidResponseError
from .._common.manifest import Operation


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
    try:
        document = response.json()
    except ValueError:
        document = None
    if response.status_code >= 400:
        raise APIStatusError(response, "; ".join(messages(document)) or None)
    if not isinstance(document, dict):
        raise InvalidResponseError(response)
    if document.get("success") is False:
        raise InBandError(response, messages(document))
