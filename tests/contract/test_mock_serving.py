"""``nox -s mock -- VENDOR`` serves answers the client accepts: no in-band failure from a dynamic mock."""

from __future__ import annotations

import typing

import pytest

from scripts.contract.harness import Harness
from scripts.contract.profiles import PROFILES
from scripts.mock.prism import PrismMock

CASES = 3


@pytest.mark.contract
@pytest.mark.parametrize("vendor", sorted(PROFILES))
def test_every_operation_of_the_served_mock_is_accepted(vendor: str) -> None:
    """Each operation, a few generated cases, against the dynamic mock `nox -s mock` starts."""
    profile = PROFILES[vendor]
    with PrismMock(profile.vendor, success=True) as mock:  # what scripts.mock.prism's main serves
        harness = Harness(profile, mock.url)
        harness.in_band_error = typing.cast(type[Exception], ())  # an in-band failure now fails the test
        for operation in harness.operations():
            harness.run(operation, CASES)
    assert sorted(harness.calls) == sorted(op.definition.raw["operationId"] for op in harness.operations())
