"""Shared fixtures: Prism mocks and contract harnesses, started once per vendor per session."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from scripts.contract.harness import Harness
from scripts.contract.profiles import PROFILES
from scripts.mock.prism import PrismMock


@pytest.fixture(scope="session")
def harnesses() -> Iterator[Callable[[str], Harness]]:
    """``harnesses(vendor)``: that vendor's harness against its mock (started on first use)."""
    mocks: dict[str, PrismMock] = {}
    built: dict[str, Harness] = {}

    def get(vendor: str) -> Harness:
        if vendor not in built:
            mocks[vendor] = PrismMock(PROFILES[vendor].vendor).start()
            built[vendor] = Harness(PROFILES[vendor], mocks[vendor].url)
        if not mocks[vendor].running:
            pytest.fail(f"the {vendor} mock died:\n{mocks[vendor].log_tail()}")
        return built[vendor]

    try:
        yield get
    finally:
        for mock in mocks.values():
            mock.stop()
