"""The httpx clients of every generated ``Client``: building a request is checked before anything else.

Two things go wrong before the transport ever sees a request. httpx resolves ``.`` and ``..``
path segments when it joins the path to the base URL, so a path parameter ``".."`` silently
becomes another URL (``contacts_delete("..")`` would send ``DELETE /pub/v2.2``); the check runs
on the path the generated function wrote, before httpx resolves it. And encoding fails with a
builtin exception naming no field: ``NaN`` (``ValueError``), a lone surrogate
(``UnicodeEncodeError``), a 10 MB query (``httpx.InvalidURL``). Each becomes
``RequestValidationError`` naming the field, with nothing sent.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from .errors import RequestValidationError
from .transport import VendorTransport


def _strange(value: Any, path: list[str]) -> Iterator[tuple[str, str]]:
    """``(field, problem)`` for each value httpx cannot encode: non-finite numbers, lone surrogates."""
    if isinstance(value, float) and not math.isfinite(value):
        yield ".".join(path) or "<body>", "must be a finite number (JSON has no NaN or Infinity)"
    elif isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            yield ".".join(path) or "<body>", "contains a lone surrogate, which no encoding can send"
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strange(item, [*path, str(key)])
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _strange(item, [*path, str(index)])


def _refusal(
    transport: object, method: str, url: Any, kwargs: dict[str, Any], error: Exception
) -> RequestValidationError:
    operation = transport.operation_for(method, str(url)) if isinstance(transport, VendorTransport) else None
    name = operation.operation_id if operation is not None else f"{method} request"
    for where in ("json", "params", "data", "files", "headers"):
        for field, problem in _strange(kwargs.get(where), []):
            return RequestValidationError(name, field, "encoding", problem)
    params = kwargs.get("params")
    if isinstance(error, httpx.InvalidURL) and isinstance(params, dict) and params:
        longest = max(params, key=lambda key: len(str(params[key])))
        return RequestValidationError(name, str(longest), "maxLength", "makes the URL longer than httpx accepts")
    return RequestValidationError(name, "<request>", "encoding", f"cannot be encoded ({type(error).__name__})")


def checked_build(
    transport: object, build: Callable[..., httpx.Request], method: str, url: Any, kwargs: dict[str, Any]
) -> httpx.Request:
    """``build(method, url, **kwargs)`` with the path checked first; an encoding failure names its field.

    A request built from an operation's exact path carries that lookup to the auth and the
    transport (``VendorTransport.resolved``).
    """
    exact = transport.check_path(method, str(url)) if isinstance(transport, VendorTransport) else None
    try:
        request = build(method, url, **kwargs)
    except (ValueError, httpx.InvalidURL) as error:  # UnicodeEncodeError is a ValueError
        failure = _refusal(transport, method, url, kwargs, error)
    else:
        if exact is not None and isinstance(transport, VendorTransport):
            transport.resolved(request, exact)
        return request
    raise failure


class CheckedClient(httpx.Client):
    """An ``httpx.Client`` whose ``build_request`` checks path parameters and encoding first."""

    def build_request(self, method: str, url: Any, **kwargs: Any) -> httpx.Request:
        """Check the path as written, then build; an encoding failure names its field."""
        return checked_build(self._transport, super().build_request, method, url, kwargs)


class CheckedAsyncClient(httpx.AsyncClient):
    """The async twin of ``CheckedClient``."""

    def build_request(self, method: str, url: Any, **kwargs: Any) -> httpx.Request:
        """Check the path as written, then build; an encoding failure names its field."""
        return checked_build(self._transport, super().build_request, method, url, kwargs)
