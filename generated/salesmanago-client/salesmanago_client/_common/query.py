"""A request's query, parsed once for as long as its URL is the same object.

httpx parses ``URL.params`` afresh on every access; the redaction registry and the request
validator both read it for each request.
"""

from __future__ import annotations

import httpx

QUERY = "vendor_query"
"""Request extension: ``(url, params)``, the parsed query of that URL object."""


def query_params(request: httpx.Request) -> httpx.QueryParams:
    """``request.url.params``, parsed at most once per URL object."""
    kept = request.extensions.get(QUERY)
    if kept is not None and kept[0] is request.url:
        params: httpx.QueryParams = kept[1]
        return params
    params = request.url.params
    request.extensions[QUERY] = (request.url, params)
    return params
