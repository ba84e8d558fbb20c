"""Every operation of every spec, fuzzed through its generated client against its Prism mock.

In one process, the cases are drawn ahead in forked workers, one per core (scripts.contract.drawing),
while the tests send them; under pytest-xdist each worker draws its own operations' cases itself.

Each operation's test reports what it fuzzed; the accounting (every operation of the run, or of
the ``--shard``, fuzzed) is done once at the end where every report arrives, so it holds under
pytest-xdist and across shards (tests/conftest.py, scripts.contract.FuzzAccounting).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest

from scripts.contract.drawing import AheadDrawer
from scripts.contract.harness import ACCOUNTING, FUZZED, Harness, in_shard, parse_shard
from scripts.contract.profiles import PROFILES
from scripts.spec import views as spec_views

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
OPERATIONS = {
    vendor: [(f"{method} {path}", op["operationId"]) for method, path, op in spec_views.operations(spec)]
    for vendor, spec in ((vendor, spec_views.load(profile.vendor.spec_path)) for vendor, profile in PROFILES.items())
}
CASES = [
    pytest.param(vendor, label, operation_id, id=f"{vendor}-{operation_id}")
    for vendor, operations in OPERATIONS.items()
    for label, operation_id in operations
]

pytestmark = pytest.mark.contract


@pytest.fixture(scope="session")
def drawn(request: pytest.FixtureRequest) -> Iterator[AheadDrawer | None]:
    """In one process, the draws of every selected operation, queued in test order; None under xdist.

    Requested before ``harnesses``, so the worker forks before any mock or thread starts.
    """
    if hasattr(request.config, "workerinput"):
        yield None
        return
    jobs = [
        (PROFILES[item.callspec.params["vendor"]].vendor.spec_path, item.callspec.params["label"])
        for item in request.session.items
        if item.nodeid.split("[")[0].endswith("::test_operation_keeps_contract") and hasattr(item, "callspec")
    ]
    drawer = AheadDrawer(jobs, EXAMPLES)
    try:
        yield drawer
    finally:
        drawer.close()


@pytest.mark.parametrize(("vendor", "label", "operation_id"), CASES)
def test_operation_keeps_contract(
    drawn: AheadDrawer | None,
    harnesses: Callable[[str], Harness],
    record_property: Callable[[str, object], None],
    vendor: str,
    label: str,
    operation_id: str,
) -> None:
    harness = harnesses(vendor)
    operation = harness.operation(label)
    earlier = harness.calls.get(operation_id, 0)  # the harness is the session's: other tests may have called it
    if drawn is None:
        ran = harness.run(operation, EXAMPLES)
    else:
        ran = harness.send(drawn.cases(harness.profile.vendor.spec_path, operation))
    assert ran >= 1
    assert harness.calls[operation_id] - earlier == ran, "every drawn case must have gone through and parsed"
    record_property(FUZZED, f"{vendor}:{operation_id}")


@pytest.mark.every_shard
@pytest.mark.parametrize("vendor", list(PROFILES))
def test_every_operation_was_fuzzed(
    request: pytest.FixtureRequest, record_property: Callable[[str, object], None], vendor: str
) -> None:
    """Every operation of this shard has a selected test; that each was fuzzed is checked at the end."""
    shard = parse_shard(request.config.getoption("--shard"))
    module = request.node.nodeid.split("::")[0]
    expected = {
        operation_id: f"{module}::test_operation_keeps_contract[{vendor}-{operation_id}]"
        for _, operation_id in OPERATIONS[vendor]
    }
    expected = {op: nodeid for op, nodeid in expected.items() if in_shard(nodeid, shard)}
    record_property(ACCOUNTING, (vendor, sorted(expected)))
    selected = {item.nodeid for item in request.session.items}
    unselected = sorted(op for op, nodeid in expected.items() if nodeid not in selected)
    assert not unselected, f"operations of this run with no selected contract test: {unselected}"
