"""Auto-pagination against the real Prism mocks: it always ends, with the items or a typed error.

The static mock answers every page with the same example: a ``has_more: true`` or a page
without an end marker must end with "repeats" after two requests, never loop. The dynamic
mock draws random pages and markers: iteration ends within ``max_pages``, normally or with
``PaginationError``.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from scripts.mock.prism import PrismMock
from scripts.vendors import VENDORS
from tests.unit.test_pagination import IDS, PAGED, arguments

MAX_PAGES = 20


def _run(vendor: str, record: dict[str, Any], operation: dict[str, Any], url: str) -> tuple[int, Exception | None]:
    package = importlib.import_module(f"{VENDORS[vendor].package}")
    testing = importlib.import_module(f"{VENDORS[vendor].package}.testing")
    servers = {op.server: url for op in testing.ContractFake(package.__name__).manifest.operations if op.server}
    kwargs = arguments(vendor, record, operation, testing.client_for(url, servers))
    module = kwargs.pop("module")
    pages = 0
    try:
        for _page in package.iter_pages(module.sync_detailed, max_pages=MAX_PAGES, **kwargs).pages():
            pages += 1
    except package.PaginationError as stopped:
        return pages, stopped
    return pages, None


@pytest.fixture(scope="module")
def mocks() -> Any:
    started: dict[tuple[str, bool], PrismMock] = {}

    def get(vendor: str, dynamic: bool) -> str:
        if (vendor, dynamic) not in started:
            started[vendor, dynamic] = PrismMock(VENDORS[vendor], dynamic=dynamic, success=True).start()
        return started[vendor, dynamic].url

    yield get
    for mock in started.values():
        mock.stop()


@pytest.mark.contract
@pytest.mark.parametrize(("vendor", "record", "operation"), PAGED, ids=IDS)
def test_the_static_mock_ends_after_its_last_page_or_a_repeat(
    vendor: str, record: dict[str, Any], operation: dict[str, Any], mocks: Any
) -> None:
    pages, stopped = _run(vendor, record, operation, mocks(vendor, False))
    if stopped is None:
        assert pages == 1, "the example's own end marker ends it at once"
    else:
        assert "page 2 repeats page 1" in str(stopped) and pages == 1


@pytest.mark.contract
@pytest.mark.parametrize(("vendor", "record", "operation"), PAGED, ids=IDS)
def test_the_dynamic_mock_never_makes_it_loop(
    vendor: str, record: dict[str, Any], operation: dict[str, Any], mocks: Any
) -> None:
    pages, stopped = _run(vendor, record, operation, mocks(vendor, True))  # any other error fails the test
    print(f"{record['operation_id']}: {pages} page(s), {stopped or 'ended'}")
    assert 1 <= pages <= MAX_PAGES
