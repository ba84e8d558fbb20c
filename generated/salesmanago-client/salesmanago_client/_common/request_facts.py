"""Facts worked out from a request, kept on it for as long as its URL is the same object.

The auth, the redaction registry, the validator and the transport each ask the same things of
every request (its operation, its parsed query); each answer is worked out once and kept in the
request's extensions, next to the URL object it was worked out for. A new URL (``request.url =
...``) makes every kept answer stale.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

import httpx

T = TypeVar("T")
QUERY = "vendor_query"
"""Request extension: the parsed query (``query_params``)."""


def kept(request: httpx.Request, key: str, context: Hashable, make: Callable[[], T]) -> T:
    """The answer kept under ``key`` for this URL object and ``context``, else ``make()`` (then kept)."""
    found = request.extensions.get(key)
    if found is not None and found[0] is request.url and found[1] == context:
        value: T = found[2]
        return value
    value = make()
    keep(request, key, context, value)
    return value


def keep(request: httpx.Request, key: str, context: Hashable, value: object) -> None:
    """Keep ``value`` under ``key`` for the request's current URL object and ``context``."""
    request.extensions[key] = (request.url, context, value)


def query_params(request: httpx.Request) -> httpx.QueryParams:
    """``request.url.params``, parsed at most once per URL object (httpx parses it on every access)."""
    return kept(request, QUERY, None, lambda: request.url.params)
