"""Auto-pagination of every operation with ``x-pagination``, against fakes built from its spec record."""

from __future__ import annotations

import asyncio
import copy
import importlib
import inspect
import json
import pkgutil
import re
import typing
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from scripts.contract.harness import _injected_fields
from scripts.contract.profiles import PROFILES
from scripts.spec import views as spec_views

PER_PAGE = 2
BASE_URL = "https://paging.invalid"


def _paged() -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    for vendor, profile in PROFILES.items():
        spec = spec_views.load(profile.vendor.spec_path)
        for _method, _path, operation in spec_views.operations(spec):
            if "x-pagination" in operation:
                yield vendor, spec_views.pagination(operation), operation


PAGED = list(_paged())


def _example(operation: dict[str, Any], where: str) -> Any:
    if where == "response":
        media = operation["responses"]["200"]["content"]["application/json"]
    else:
        media = operation["requestBody"]["content"]["application/json"]
    return copy.deepcopy(next(iter(media["examples"].values()))["value"])


def _set(document: Any, pointer: str, value: Any) -> Any:
    if not pointer:
        return value
    *parents, last = pointer.split("/")[1:]
    node = document
    for part in parents:
        node = node.setdefault(part, {})
    node[last] = value
    return document


def _get(document: Any, pointer: str) -> Any:
    for part in pointer.split("/")[1:]:
        document = document[part]
    return document


_ID = re.compile(r"(?i)id$")


def _items(template: list[Any], count: int, first: int) -> list[Any]:
    """``count`` copies of the example's first item, each with its own id (descending, as cursors go)."""
    made = []
    for index in range(count):
        item = copy.deepcopy(template[0])
        for key, value in item.items():
            if _ID.search(key):
                number = 10_000 - first - index
                item[key] = number if isinstance(value, int) else f"id-{number}"
        made.append(item)
    return made


class FakeVendor:
    """Serves three pages (2, 2 and 1 items) shaped like the operation's example; records the requests."""

    def __init__(self, record: dict[str, Any], operation: dict[str, Any], pages: int = 3) -> None:
        self.record = record
        self.template = _example(operation, "response")
        self.requests: list[httpx.Request] = []
        self.pages = [self.page(index, pages) for index in range(pages)]
        self.serve: Callable[[int], bytes] = lambda index: self.pages[min(index, len(self.pages) - 1)]

    def page(self, index: int, count: int) -> bytes:
        record, document = self.record, copy.deepcopy(self.template)
        sample = _get(document, record["items"]) if record["items"] else document
        size = PER_PAGE if index < count - 1 else 1
        document = _set(document, record["items"], _items(sample, size, index * PER_PAGE))
        start = record.get("start", 1)
        if "last_page" in record:
            _set(document, record["last_page"], start + count - 1)
        if "total_pages" in record:
            _set(document, record["total_pages"], count)
        if "has_more" in record:
            _set(document, record["has_more"], index < count - 1)
        return json.dumps(document).encode()

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        index = len(self.requests) - 1
        return httpx.Response(200, content=self.serve(index), headers={"content-type": "application/json"})

    def sent(self) -> list[Any]:
        """The paging parameter of each request, as sent."""
        name = self.record["param"]
        if self.record["in"] == "body":
            return [json.loads(request.content).get(name) for request in self.requests]
        return [request.url.params.get(name) for request in self.requests]


def _call(vendor: str, record: dict[str, Any], operation: dict[str, Any], fake: FakeVendor) -> dict[str, Any]:
    # The generated client on a fake transport: paging is the generated operation plus iter_pages.
    client = _package(vendor).Client(base_url=BASE_URL, httpx_args={"transport": httpx.MockTransport(fake.handler)})
    return arguments(vendor, record, operation, client)


def arguments(vendor: str, record: dict[str, Any], operation: dict[str, Any], client: Any) -> dict[str, Any]:
    """``module`` (the operation's) and the keyword arguments of a first page call with ``client``."""
    profile = PROFILES[vendor]
    module = _module(profile.vendor.package, record["module"])
    kwargs: dict[str, Any] = {"client": client}
    hints = typing.get_type_hints(module.sync_detailed)
    for name, parameter in inspect.signature(module.sync_detailed).parameters.items():
        if parameter.default is inspect.Parameter.empty and name not in ("client", "body"):
            kwargs[name] = 1  # a path parameter (a conversation id)
    if record["in"] == "body":
        spec = spec_views.load(profile.vendor.spec_path)
        injected = _injected_fields(spec)
        body = {k: v for k, v in _example(operation, "request").items() if k not in injected}
        body[record["param"]] = record.get("start", 1)
        if record.get("limit_param"):
            body[record["limit_param"]] = PER_PAGE
        (model,) = [arg for arg in typing.get_args(hints["body"]) if hasattr(arg, "from_dict")] or [hints["body"]]
        kwargs["body"] = model.from_dict(body)
    elif record.get("limit_arg"):
        kwargs[record["limit_arg"]] = PER_PAGE
    return {"module": module, **kwargs}


def _module(package: str, name: str) -> Any:
    api = importlib.import_module(f"{package}.api")
    (found,) = [
        info.name for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}.") if info.name.endswith(f".{name}")
    ]
    return importlib.import_module(found)


def _package(vendor: str) -> Any:
    return importlib.import_module(PROFILES[vendor].vendor.package)


IDS = [f"{vendor}.{record['operation_id']}" for vendor, record, _ in PAGED]


def test_every_vendor_with_list_operations_declares_them() -> None:
    assert {vendor for vendor, _, _ in PAGED} >= {"salesmsg", "sendjim", "salesmanago"}


@pytest.mark.parametrize(("vendor", "record", "operation"), PAGED, ids=IDS)
def test_iterates_every_item_of_every_page_and_stops_after_the_last(
    vendor: str, record: dict[str, Any], operation: dict[str, Any]
) -> None:
    fake = FakeVendor(record, operation)
    kwargs = _call(vendor, record, operation, fake)
    module = kwargs.pop("module")
    items = list(_package(vendor).iter_pages(module.sync_detailed, **kwargs))
    assert len(items) == 2 * PER_PAGE + 1
    assert all(hasattr(item, "to_dict") for item in items), "items are the typed models"
    assert len(fake.requests) == 3
    sent = fake.sent()
    start = record.get("start", 1)
    expected: list[Any] = {
        "page": [start, start + 1, start + 2],
        "offset": [0, PER_PAGE, 2 * PER_PAGE],
    }.get(record["style"], [None])
    if record["style"] == "cursor":
        pointer = record["cursor_item"]
        for page in fake.pages[:2]:
            expected.append(_get(json.loads(page), record["items"])[-1][pointer.lstrip("/")] if record["items"] else
                            json.loads(page)[-1][pointer.lstrip("/")])  # fmt: skip
    assert [None if value is None else int(value) for value in sent] == expected


@pytest.mark.parametrize(("vendor", "record", "operation"), PAGED, ids=IDS)
def test_async_pages_give_the_raw_page_and_the_same_items(
    vendor: str, record: dict[str, Any], operation: dict[str, Any]
) -> None:
    fake = FakeVendor(record, operation)
    kwargs = _call(vendor, record, operation, fake)
    module = kwargs.pop("module")

    async def collect() -> list[Any]:
        return [page async for page in _package(vendor).aiter_pages(module.asyncio_detailed, **kwargs).pages()]

    pages = asyncio.run(collect())
    assert [page.number for page in pages] == [1, 2, 3]
    assert [page.response.content for page in pages] == fake.pages
    assert [len(page.items) for page in pages] == [PER_PAGE, PER_PAGE, 1]
    assert pages[0].parsed is pages[0].response.parsed


@pytest.mark.parametrize(("vendor", "record", "operation"), PAGED, ids=IDS)
def test_a_page_repeating_the_previous_one_ends_with_a_pagination_error(
    vendor: str, record: dict[str, Any], operation: dict[str, Any]
) -> None:
    fake = FakeVendor(record, operation, pages=3)
    fake.serve = lambda index: fake.pages[0]  # the vendor ignores the page parameter
    kwargs = _call(vendor, record, operation, fake)
    module = kwargs.pop("module")
    package = _package(vendor)
    with pytest.raises(package.PaginationError, match="page 2 repeats page 1"):
        list(package.iter_pages(module.sync_detailed, **kwargs))
    assert len(fake.requests) == 2


@pytest.mark.parametrize(("vendor", "record", "operation"), PAGED, ids=IDS)
def test_max_pages_bounds_a_vendor_that_never_ends(
    vendor: str, record: dict[str, Any], operation: dict[str, Any]
) -> None:
    fake = FakeVendor(record, operation, pages=50)
    kwargs = _call(vendor, record, operation, fake)
    module = kwargs.pop("module")
    package = _package(vendor)
    with pytest.raises(package.PageLimitError, match="max_pages=4") as raised:
        list(package.iter_pages(module.sync_detailed, max_pages=4, **kwargs))
    assert len(fake.requests) == 4 and raised.value.pages == 4
    assert isinstance(raised.value, package.PaginationError) and isinstance(raised.value, package.APIError)


MARKED = [(v, r, o) for v, r, o in PAGED if {"has_more", "last_page", "total_pages"} & set(r)]


@pytest.mark.parametrize(
    ("vendor", "record", "operation"), MARKED, ids=[f"{v}.{r['operation_id']}" for v, r, _ in MARKED]
)
def test_an_empty_page_that_claims_more_follow_is_no_progress(
    vendor: str, record: dict[str, Any], operation: dict[str, Any]
) -> None:
    fake = FakeVendor(record, operation, pages=5)
    empty = json.loads(fake.pages[1])
    _set(empty, record["items"], [])
    fake.pages[1] = json.dumps(empty).encode()
    kwargs = _call(vendor, record, operation, fake)
    module = kwargs.pop("module")
    package = _package(vendor)
    with pytest.raises(package.PaginationError, match="empty page"):
        list(package.iter_pages(module.sync_detailed, **kwargs))
    assert len(fake.requests) == 2


CURSORS = [(v, r, o) for v, r, o in PAGED if r["style"] == "cursor"]


@pytest.mark.parametrize(
    ("vendor", "record", "operation"), CURSORS, ids=[f"{v}.{r['operation_id']}" for v, r, _ in CURSORS]
)
def test_a_cursor_that_does_not_move_is_an_error(
    vendor: str, record: dict[str, Any], operation: dict[str, Any]
) -> None:
    fake = FakeVendor(record, operation, pages=5)
    stuck = json.loads(fake.pages[0])
    for item in stuck:
        item[record["cursor_item"].lstrip("/")] = 7
    fake.pages[0] = json.dumps(stuck).encode()  # asked for messages before 7, the last one given is 7
    kwargs = _call(vendor, record, operation, fake)
    kwargs[record["arg"]] = 7
    module = kwargs.pop("module")
    package = _package(vendor)
    with pytest.raises(package.PaginationError, match="did not move"):
        list(package.iter_pages(module.sync_detailed, **kwargs))
    assert len(fake.requests) == 1


def test_item_type_is_checked_and_an_operation_without_paging_is_refused() -> None:
    import salesmsg_client
    from salesmsg_client.api.tags import tags_list
    from salesmsg_client.api.users import users_me
    from salesmsg_client.models import Message, Tag

    vendor, record, operation = next(p for p in PAGED if p[1]["operation_id"] == "tagsList")
    fake = FakeVendor(record, operation)
    kwargs = _call(vendor, record, operation, fake)
    kwargs.pop("module")
    tags: list[Tag] = list(salesmsg_client.iter_pages(tags_list.sync_detailed, item=Tag, **kwargs))
    assert [type(tag) for tag in tags] == [Tag] * 5
    with pytest.raises(salesmsg_client.PaginationError, match="not Message"):
        list(salesmsg_client.iter_pages(tags_list.sync_detailed, item=Message, **kwargs))
    with pytest.raises(TypeError, match="does not page"):
        salesmsg_client.iter_pages(users_me.sync_detailed, client=kwargs["client"])
    with pytest.raises(ValueError, match="max_pages"):
        salesmsg_client.iter_pages(tags_list.sync_detailed, max_pages=0, client=kwargs["client"])
