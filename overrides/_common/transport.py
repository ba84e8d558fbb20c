"""One httpx transport for every vendor client, sync and async: route, validate, send, check."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import httpx

from .errors import APIStatusError
from .manifest import Manifest, Operation
from .validation import RequestValidator

ResponseCheck = Callable[[httpx.Response, Operation | None], None]


def check_status(response: httpx.Response, operation: Operation | None) -> None:
    """The shared rule: a status of 400 or more is an error."""
    if response.status_code >= 400:
        raise APIStatusError(response)


class VendorTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps the real transports of an httpx client.

    Before sending: sends an operation with its own server in the spec to that server
    (``servers`` maps spec server URLs to the URLs to use, for mocks and proxies) and
    validates the body against the spec, so a bad request is rejected with nothing sent.
    After receiving: reads the body and runs ``check``, which raises the typed errors.
    The generated client passes the same ``httpx_args`` to its sync and async clients, so
    this one object serves both.
    """

    def __init__(
        self,
        manifest: Manifest,
        base_url: str,
        *,
        check: ResponseCheck = check_status,
        servers: Mapping[str, str] | None = None,
        sync_transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.manifest = manifest
        self.base_url = base_url.rstrip("/")
        self.check = check
        self.servers = dict(servers or {})
        self.validator = RequestValidator(manifest)
        self._sync = sync_transport
        self._async = async_transport

    def _prepare(self, request: httpx.Request) -> Operation | None:
        resolved = self.manifest.resolve(request, self.base_url)
        if resolved is None:
            return None
        path, operation = resolved
        if operation.server is not None:
            target = self.servers.get(operation.server, operation.server).rstrip("/")
            request.url = httpx.URL(target + path, params=request.url.params)
            request.headers["Host"] = request.url.netloc.decode("ascii")
        self.validator.validate(request, operation)
        return operation

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send one request through the wrapped sync transport."""
        operation = self._prepare(request)
        if self._sync is None:
            self._sync = httpx.HTTPTransport()
        response = self._sync.handle_request(request)
        response.request = request
        response.read()
        self.check(response, operation)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send one request through the wrapped async transport."""
        operation = self._prepare(request)
        if self._async is None:
            self._async = httpx.AsyncHTTPTransport()
        response = await self._async.handle_async_request(request)
        response.request = request
        await response.aread()
        self.check(response, operation)
        return response

    def close(self) -> None:
        """Close the wrapped sync transport."""
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        """Close the wrapped async transport."""
        if self._async is not None:
            await self._async.aclose()
