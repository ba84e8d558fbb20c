"""Every operation of every spec, fuzzed through its generated client against its Prism mock."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest

from scripts.contract.harness import Harness
from scripts.contract.profiles import PROFILES
from scripts.spec import views as spec_views

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
CASES = [
    pytest.param(vendor, f"{method} {path}", op["operationId"], id=f"{vendor}-{op['operationId']}")
    for vendor, profile in PROFILES.items()
    for method, path, op in spec_views.operations(spec_views.load(profile.vendor.spec_path))
]

pytestmark = pytest.mark.contract


@pytest.mark.parametrize(("vendor", "label", "operation_id"), CASES)
def test_operation_keeps_contract(
    harnesses: Callable[[str], Harness], vendor: str, label: str, operation_id: str
) -> None:
    harness = harnesses(vendor)
    ran = harness.run(harness.operation(label), EXAMPLES)
    assert ran >= 1
    assert harness.calls[operation_id] == ran, "every drawn case must have gone through and parsed"


@pytest.mark.parametrize("vendor", list(PROFILES))
def test_every_operation_was_fuzzed(harnesses: Callable[[str], Harness], vendor: str) -> None:
    harness = harnesses(vendor)
    spec_operations = {op["operationId"] for _, _, op in spec_views.operations(harness.spec)}
    missing = sorted(spec_operations - set(harness.calls))
    assert not missing, f"operations with no accepted fuzz case: {missing}"
