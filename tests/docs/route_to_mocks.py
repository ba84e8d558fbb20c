"""Run a README snippet with every vendor host routed to its mock: ``python route_to_mocks.py SNIPPET``.

``$MOCK_ROUTES`` is a JSON list of ``[server URL, mock URL]``; a server URL may be templated
(``https://{server}.salesmanago.com/api``). The snippet keeps its production URLs; only the network
transports under the clients' layer are redirected, so the snippet runs exactly as written.
"""

from __future__ import annotations

import json
import os
import re
import runpy
import sys

import httpx

ROUTES = [
    (re.compile(re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(server.rstrip("/")))), mock)
    for server, mock in json.loads(os.environ["MOCK_ROUTES"])
]


def _route(request: httpx.Request) -> None:
    url = str(request.url)
    for pattern, mock in ROUTES:
        found = pattern.match(url)
        if found:
            request.url = httpx.URL(mock.rstrip("/") + url[found.end() :])
            return
    raise RuntimeError(f"the snippet called {request.url.copy_with(query=None)}, which no mock serves")


_sync, _async = httpx.HTTPTransport.handle_request, httpx.AsyncHTTPTransport.handle_async_request


def _handle(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
    _route(request)
    return _sync(self, request)


async def _handle_async(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
    _route(request)
    return await _async(self, request)


httpx.HTTPTransport.handle_request = _handle  # type: ignore[method-assign]
httpx.AsyncHTTPTransport.handle_async_request = _handle_async  # type: ignore[method-assign]

if __name__ == "__main__":
    runpy.run_path(sys.argv[1], run_name="__main__")
