"""Recordings made through each client against its Prism mock show no drift (issue 11, section 3)."""

from __future__ import annotations

import importlib
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import pytest

from scripts.contract.harness import Harness
from scripts.contract.profiles import PROFILES
from scripts.mock.prism import PrismMock
from scripts.spec import views as spec_views
from scripts.traffic.har import load
from scripts.traffic.report import build
from scripts.vendors import VENDORS

pytestmark = pytest.mark.contract


@pytest.fixture
def learnt_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every package's redaction registry without the secrets other tests in this process taught it.

    The recorder masks every learnt value wherever it occurs: a fuzzed reply's ``access_token``
    that happens to be ``grant_type`` would mask a form field's name and fail the report.
    """
    for vendor in VENDORS.values():
        registry = importlib.import_module(f"{vendor.package}._common.redaction").REGISTRY
        monkeypatch.setattr(registry, "_secrets", OrderedDict())
        monkeypatch.setattr(registry, "_pattern", None)


@pytest.mark.parametrize("vendor", list(PROFILES))
@pytest.mark.usefixtures("learnt_nothing")
def test_a_recording_against_the_mock_has_no_drift(
    static_mocks: Callable[[str], PrismMock], vendor: str, tmp_path: Path
) -> None:
    """The static mock answers with the spec's own examples (a dynamic one invents extra fields)."""
    harness = Harness(PROFILES[vendor], static_mocks(vendor).url)
    har = tmp_path / f"{vendor}.har"
    harness.client = harness.client.with_recording(har)
    for method, path, _operation in spec_views.operations(harness.spec):
        harness.run(harness.operation(f"{method} {path}"), 1)
    exchanges = load(har)
    assert len(exchanges) >= len(spec_views.operations(harness.spec))
    report = build(exchanges, vendor)
    assert not report.unacknowledged(), report.render()
    for secret in PROFILES[vendor].secrets:
        assert secret not in har.read_text(encoding="utf-8")
