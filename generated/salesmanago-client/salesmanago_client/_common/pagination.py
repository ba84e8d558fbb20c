"""Auto-pagination for every operation whose spec states how it pages (``x-pagination``).

::

    from salesmsg_client import iter_pages
    from salesmsg_client.api.tags import tags_list
    from salesmsg_client.models import Tag

    for tag in iter_pages(tags_list.sync_detailed, item=Tag, client=client, length=50):
        print(tag.name)
    for page in iter_pages(tags_list.sync_detailed, client=client).pages():
        print(page.number, page.response.status_code, len(page.items))
    async for tag in aiter_pages(tags_list.asyncio_detailed, client=client):
        ...

The operation's ``x-pagination`` (carried into ``_wire.json``) says where the page number,
offset or cursor goes (query or body), where the items are and how the last page is known
(``last_page``, ``total_pages``, ``has_more``, or a short or empty page). Iteration never runs
away: a page identical to the one before, a page that makes no progress while the response
says more follow, or a cursor that does not move raises ``PaginationError``; more than
``max_pages`` pages raise ``PageLimitError``.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, overload

from .errors import APIError
from .manifest import Manifest

DEFAULT_MAX_PAGES = 1000
T = TypeVar("T")
_MISSING = object()


class PaginationError(APIError):
    """Paging stopped because the vendor's pages did not advance; ``pages`` were fetched, ``response`` is the last."""

    def __init__(self, operation: str, message: str, pages: int, response: Any = None) -> None:
        self.operation = operation
        self.pages = pages
        self.response = response
        super().__init__(f"{operation}: {message} (after {pages} page(s))")


class PageLimitError(PaginationError):
    """More pages than ``max_pages`` would have been fetched."""


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page: ``number`` counts from 1 in this iteration; ``response`` is the generated ``Response``."""

    number: int
    items: list[T]
    response: Any
    request: dict[str, Any] = field(repr=False)
    """The keyword arguments this page was requested with."""

    @property
    def parsed(self) -> Any:
        """The typed page model (``response.parsed``)."""
        return self.response.parsed


@dataclass(frozen=True)
class _Rule:
    record: dict[str, Any]

    @property
    def operation(self) -> str:
        return str(self.record["operation_id"])

    def first(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The arguments of the first request: the caller's, with the first page or offset filled in."""
        style = self.record["style"]
        if self._get(kwargs) is _MISSING:
            if style == "page":
                return self._set(kwargs, self.record.get("start", 1))
            if style == "offset":
                return self._set(kwargs, 0)
        return kwargs

    def limit(self, kwargs: dict[str, Any]) -> int | None:
        name = self.record.get("limit_arg")
        if not name:
            return None
        value = self._read(kwargs, name)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def _get(self, kwargs: dict[str, Any]) -> Any:
        return self._read(kwargs, self.record["arg"])

    def _read(self, kwargs: dict[str, Any], name: str) -> Any:
        if self.record["in"] == "body":
            body = kwargs.get("body")
            value = getattr(body, name, _MISSING)
        else:
            value = kwargs.get(name, _MISSING)
        return _MISSING if value is None or type(value).__name__ == "Unset" else value

    def _set(self, kwargs: dict[str, Any], value: Any) -> dict[str, Any]:
        updated = dict(kwargs)
        if self.record["in"] == "body":
            if "body" not in kwargs:
                raise TypeError(f"{self.operation}: pass body=... (the paging field {self.record['arg']!r} is in it)")
            body = copy.copy(kwargs["body"])  # keeps additional_properties, which attrs.evolve would drop
            setattr(body, self.record["arg"], value)
            updated["body"] = body
        else:
            updated[self.record["arg"]] = value
        return updated

    def items(self, response: Any, pages: int) -> list[Any]:
        node = response.parsed
        for name in self.record["items_attrs"]:
            node = getattr(node, name, None)
        if node is None or type(node).__name__ == "Unset":
            return []
        if not isinstance(node, list):
            raise PaginationError(self.operation, f"no item list at {self.record['items']!r}", pages, response)
        return node

    def next(self, kwargs: dict[str, Any], response: Any, items: list[Any], pages: int) -> dict[str, Any] | None:
        """The arguments of the next request, or None after the last page."""
        document = _json(response)
        more = self._more(kwargs, document, items)
        if more is False:
            return None
        if not items:
            if more is None:
                return None
            raise PaginationError(self.operation, "an empty page although the response says more pages follow", pages)
        style, current = self.record["style"], self._get(kwargs)
        if style == "page":
            return self._set(kwargs, current + 1)
        if style == "offset":
            return self._set(kwargs, current + len(items))
        cursor = _pointer(_raw_items(document, self.record["items"])[-1], self.record["cursor_item"])
        if cursor is _MISSING or cursor is None:
            return None
        if cursor == current:
            raise PaginationError(self.operation, f"the cursor {self.record['param']!r} did not move", pages, response)
        return self._set(kwargs, cursor)

    def _more(self, kwargs: dict[str, Any], document: Any, items: list[Any]) -> bool | None:
        """Whether the response says more pages follow (None: it does not say)."""
        record = self.record
        if "has_more" in record:
            return _pointer(document, record["has_more"]) is True
        current = self._get(kwargs)
        for key, offset in (("last_page", 0), ("total_pages", record.get("start", 1) - 1)):
            if key in record:
                last = _pointer(document, record[key])
                if isinstance(last, int) and isinstance(current, int):
                    return current < last + offset
                return False
        limit = self.limit(kwargs)
        if limit is not None and len(items) < limit:
            return False
        return None


def _json(response: Any) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def _pointer(document: Any, pointer: str) -> Any:
    """RFC 6901 lookup; ``_MISSING`` when the path is absent."""
    node = document
    for raw in pointer.split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return _MISSING
    return node


def _raw_items(document: Any, pointer: str) -> list[Any]:
    found = _pointer(document, pointer)
    return found if isinstance(found, list) and found else [None]


def _rule(function: Callable[..., Any]) -> _Rule:
    module = function.__module__
    package, name = module.split(".", 1)[0], module.rsplit(".", 1)[-1]
    for record in _manifest(package).document.get("pagination", []):
        if record["module"] == name:
            return _Rule(record)
    raise TypeError(f"{module}.{function.__name__} does not page (its operation has no x-pagination)")


@functools.cache
def _manifest(package: str) -> Manifest:
    return Manifest.for_package(package)


def _checked(rule: _Rule, items: list[Any], item: type[Any] | None, pages: int, response: Any) -> list[Any]:
    if item is not None:
        wrong = next((value for value in items if not isinstance(value, item)), _MISSING)
        if wrong is not _MISSING:
            raise PaginationError(rule.operation, f"an item is {type(wrong).__name__}, not {item.__name__}", pages)
    return items


class _Pager:
    def __init__(self, function: Any, item: type[Any] | None, max_pages: int, kwargs: dict[str, Any]) -> None:
        if max_pages < 1:
            raise ValueError("max_pages must be at least 1")
        self._function = function
        self._rule = _rule(function)
        self._item = item
        self._max_pages = max_pages
        self._kwargs = kwargs

    def _step(self, number: int, kwargs: dict[str, Any], response: Any, previous: bytes | None) -> Page[Any]:
        rule = self._rule
        if previous is not None and response.content == previous:
            raise PaginationError(rule.operation, f"page {number} repeats page {number - 1}", number, response)
        items = _checked(rule, rule.items(response, number), self._item, number, response)
        return Page(number, items, response, kwargs)

    def _next(self, page: Page[Any]) -> dict[str, Any] | None:
        following = self._rule.next(page.request, page.response, page.items, page.number)
        if following is not None and page.number >= self._max_pages:
            raise PageLimitError(
                self._rule.operation, f"more than max_pages={self._max_pages} pages", page.number, page.response
            )
        return following


class Paginator(_Pager, Generic[T]):
    """Iterates the items of every page (``for item in paginator``) or the pages (``paginator.pages()``)."""

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def pages(self) -> Iterator[Page[T]]:
        """Each page, fetched when reached."""
        kwargs: dict[str, Any] | None = self._rule.first(self._kwargs)
        number, previous = 0, None
        while kwargs is not None:
            number += 1
            response = self._function(**kwargs)
            page = self._step(number, kwargs, response, previous)
            previous = response.content
            yield page
            kwargs = self._next(page)


class AsyncPaginator(_Pager, Generic[T]):
    """``async for item in paginator`` over every page's items, or ``async for page in paginator.pages()``."""

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Each page, fetched when reached."""
        kwargs: dict[str, Any] | None = self._rule.first(self._kwargs)
        number, previous = 0, None
        while kwargs is not None:
            number += 1
            response = await self._function(**kwargs)
            page = self._step(number, kwargs, response, previous)
            previous = response.content
            yield page
            kwargs = self._next(page)


@overload
def iter_pages(
    function: Callable[..., Any], /, *, item: type[T], max_pages: int = ..., **kwargs: Any
) -> Paginator[T]: ...
@overload
def iter_pages(function: Callable[..., Any], /, *, max_pages: int = ..., **kwargs: Any) -> Paginator[Any]: ...
def iter_pages(
    function: Callable[..., Any], /, *, item: type[Any] | None = None, max_pages: int = DEFAULT_MAX_PAGES, **kwargs: Any
) -> Paginator[Any]:
    """Page through an operation: ``function`` is its ``sync_detailed``, ``kwargs`` its arguments (``client=`` too).

    ``item`` names the item model (the items are checked to be of it, and typed as it);
    without it they are typed ``Any``. The first page is the spec's start unless the page,
    offset or cursor argument is passed.
    """
    return Paginator(function, item, max_pages, kwargs)


@overload
def aiter_pages(
    function: Callable[..., Awaitable[Any]], /, *, item: type[T], max_pages: int = ..., **kwargs: Any
) -> AsyncPaginator[T]: ...
@overload
def aiter_pages(
    function: Callable[..., Awaitable[Any]], /, *, max_pages: int = ..., **kwargs: Any
) -> AsyncPaginator[Any]: ...
def aiter_pages(
    function: Callable[..., Awaitable[Any]],
    /,
    *,
    item: type[Any] | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    **kwargs: Any,
) -> AsyncPaginator[Any]:
    """Page through an operation asynchronously: ``function`` is its ``asyncio_detailed``, as in ``iter_pages``."""
    return AsyncPaginator(function, item, max_pages, kwargs)


def paged_operations(package: str) -> list[str]:
    """The operation ids of a package that page (for docs and tests)."""
    return [str(record["operation_id"]) for record in _manifest(package).document.get("pagination", [])]


__all__ = ["AsyncPaginator", "Page", "PageLimitError", "PaginationError", "Paginator", "aiter_pages", "iter_pages"]
