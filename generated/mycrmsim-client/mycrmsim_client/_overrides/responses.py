"""How myCRMSIM says a request failed.

The API answers errors as ``{error, message}`` ("Get User Locations", "Send a Message" in
004_295254930d8e4ee9.txt) and the token endpoint as ``{error, error_description}`` ("2. OAuth -
Exchange Code for Token"); either way the caller gets the status error with ``code: text``.
"""

from __future__ import annotations

from typing import Any

import httpx

from .._common.errors import APIStatusError
from .._common.jsonbody import response_json
from .._common.manifest import Operation


def vendor_message(response: httpx.Response) -> str | None:
    """``error: explanation`` from either error body, or None when the body says nothing usable."""
    try:
        document: Any = response_json(response)
    except ValueError:
        return None
    if not isinstance(document, dict):
        return None
    code, text = document.get("error"), document.get("error_description", document.get("message"))
    parts = [part for part in (code, text) if isinstance(part, str) and part.strip()]
    return ": ".join(parts) or None


def check_response(response: httpx.Response, operation: Operation | None) -> None:
    """Raise the status's typed error (``AuthenticationError`` for a 401…) with the vendor's message.

    A 401 that ``OAuth2Auth`` answers with a refresh never gets here: the shared transport hands
    statuses listed in ``oauth.DEFERRED_STATUSES`` back unchecked.
    """
    if response.status_code >= 400:
        raise APIStatusError(response, vendor_message(response))
