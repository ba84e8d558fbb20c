"""The httpx clients of every generated ``Client``: building a request is checked before anything else.

Two things go wrong before the transport ever sees a request. httpx resolves ``.`` and ``..``
path segments when it joins the path to the base URL, so a path parameter ``".."`` silently
becomes another URL (``contacts_delete("..")`` would send ``DELETE /pub/v2.2``); the check runs
on the path the generated function wrote, before httpx resolves it. And encoding fails with a
builtin exception naming no field: ``NaN`` (``ValueError``), a lone surrogate
(``UnicodeEncodeError``), a 10 MB query (``httpx.InvalidURL``). Each becomes
``RequestValidationError`` naming the field, with nothing sent.

Most operations have no parameter in their path, so their URL is the same on every call:
``SpecURLs`` joins it to the base URL once, as httpx would, instead of httpx parsing the relative
path and then the joined URL on every request.
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


class SpecURLs:
    """The absolute URL of each parameterless spec path, joined to a client's base URL once.

    The join is httpx's own (``BaseClient._merge_url``): the base URL's path, which httpx keeps
    ending in ``/``, followed by the relative path without its leading ``/``. A new base URL
    starts afresh. Only exact spec paths are kept, so there are at most as many as operations.
    """

    def __init__(self) -> None:
        self._kept: tuple[httpx.URL | None, dict[str, httpx.URL]] = (None, {})

    def absolute(self, base_url: httpx.URL, path: str) -> httpx.URL:
        """``path`` joined to ``base_url`` exactly as httpx joins a relative URL."""
        base, joined_paths = self._kept  # one tuple, so threads never mix two base URLs' paths
        if base is not base_url:
            joined_paths = {}
            self._kept = (base_url, joined_paths)
        joined = joined_paths.get(path)
        if joined is None:
            relative = httpx.URL(path)
            joined = (
                base_url.copy_with(raw_path=base_url.raw_path + relative.raw_path.lstrip(b"/"))
                if relative.is_relative_url
                else relative
            )
            joined_paths[path] = joined
        return joined


def checked_build(
    transport: object,
    build: Callable[..., httpx.Request],
    method: str,
    url: Any,
    kwargs: dict[str, Any],
    spec_urls: tuple[SpecURLs, httpx.URL] | None = None,
) -> httpx.Request:
    """``build(method, url, **kwargs)`` with the path checked first; an encoding failure names its field.

    A request built from an operation's exact path carries that lookup to the auth and the
    transport (``VendorTransport.resolved``); with ``spec_urls`` (the client's ``SpecURLs`` and its
    base URL), it goes as the absolute URL httpx would have made of that path.
    """
    exact = transport.check_path(method, str(url)) if isinstance(transport, VendorTransport) else None
    if exact is not None and spec_urls is not None and isinstance(url, str):
        url = spec_urls[0].absolute(spec_urls[1], url)
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

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._spec_urls = SpecURLs()

    def build_request(self, method: str, url: Any, **kwargs: Any) -> httpx.Request:
        """Check the path as written, then build; an encoding failure names its field."""
        urls = (self._spec_urls, self.base_url)
        return checked_build(self._transport, super().build_request, method, url, kwargs, urls)


class CheckedAsyncClient(httpx.AsyncClient):
    """The async twin of ``CheckedClient``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._spec_urls = SpecURLs()

    def build_request(self, method: str, url: Any, **kwargs: Any) -> httpx.Request:
        """Check the path as written, then build; an encoding failure names its field."""
        urls = (self._spec_urls, self.base_url)
        return checked_build(self._transport, super().build_request, method, url, kwargs, urls)
