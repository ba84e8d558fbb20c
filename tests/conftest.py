"""Shared fixtures and the contract suite's wiring: Prism mocks, harnesses, shards, fuzz accounting.

- ``harnesses(vendor)``: that vendor's harness against its mock. In one process, the first call
  starts the mocks of every vendor this session's tests use, together (they boot while the
  harnesses are built; a test waits only for its own vendor's mock); under pytest-xdist a worker
  starts a vendor's mock when it first gets one of its tests.
- ``--shard i/n`` keeps a deterministic slice of the tests (scripts.contract.in_shard), for a CI
  matrix; the accounting tests run in every shard and count only that shard's operations.
- The every-operation-fuzzed accounting runs once, at the end, in the process that sees every
  report (the xdist controller, or the only process): see scripts.contract.FuzzAccounting.
- Tests marked ``starts_first`` (the longest single tests) are moved to the front, so under
  ``-n 2 --dist worksteal`` they start at once instead of ending the run on one worker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from scripts.contract.harness import FuzzAccounting, Harness, in_shard, parse_shard
from scripts.contract.profiles import PROFILES
from scripts.mock.prism import PrismMock


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--shard i/n``."""
    parser.addoption("--shard", default=None, metavar="I/N", help="run only the i-th of n deterministic slices")


def pytest_configure(config: pytest.Config) -> None:
    """Count fuzzed operations where every report arrives (not in an xdist worker)."""
    parse_shard(config.getoption("--shard"))  # a malformed value fails before collection
    config.addinivalue_line("markers", "every_shard: run in every shard of --shard (the fuzz accounting)")
    config.addinivalue_line("markers", "starts_first: one of the longest single tests; collected first")
    if not hasattr(config, "workerinput"):
        config.pluginmanager.register(FuzzAccounting(), "fuzz-accounting")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The ``starts_first`` tests first (the rest keep their order); deselect the tests of the other shards."""
    items.sort(key=lambda item: item.get_closest_marker("starts_first") is None)
    shard = parse_shard(config.getoption("--shard"))
    if shard is None:
        return
    kept = [item for item in items if item.get_closest_marker("every_shard") or in_shard(item.nodeid, shard)]
    dropped = [item for item in items if item not in kept]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def _vendors_used(session: pytest.Session) -> list[str]:
    """The vendors whose harness some selected test of this session asks for."""
    used = set()
    for item in session.items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and "harnesses" in getattr(item, "fixturenames", ()) and "vendor" in callspec.params:
            used.add(callspec.params["vendor"])
    return [vendor for vendor in PROFILES if vendor in used]


@pytest.fixture(scope="session")
def harnesses(request: pytest.FixtureRequest) -> Iterator[Callable[[str], Harness]]:
    """``harnesses(vendor)``: that vendor's harness against its mock."""
    mocks: dict[str, PrismMock] = {}
    built: dict[str, Harness] = {}
    distributed = hasattr(request.config, "workerinput")

    def prepare(vendors: list[str]) -> None:
        fresh = [vendor for vendor in vendors if vendor not in mocks]
        for vendor in fresh:
            mocks[vendor] = PrismMock(PROFILES[vendor].vendor).launch()  # they boot together
        for vendor in fresh:  # built while the mocks boot
            built[vendor] = Harness(PROFILES[vendor], mocks[vendor].url)

    def get(vendor: str) -> Harness:
        if vendor not in built:
            prepare([vendor] if distributed else sorted({vendor, *_vendors_used(request.session)}))
        mocks[vendor].wait_ready()  # each mock's own readiness wait, once: the others boot on meanwhile
        if not mocks[vendor].running:
            pytest.fail(f"the {vendor} mock died:\n{mocks[vendor].log_tail()}")
        return built[vendor]

    try:
        yield get
    finally:
        for mock in mocks.values():
            mock.stop()
