"""scripts.generation.generate's cache: a vendor is skipped only when its inputs and its package are unchanged."""

from __future__ import annotations

import types
import typing
from pathlib import Path

import pytest

from scripts.generation import generate
from scripts.vendors import Vendor


def _vendor(tmp_path: Path) -> Vendor:
    """A stand-in vendor: its spec, overrides and package in ``tmp_path``."""
    (tmp_path / "spec.yaml").write_text("openapi: 3.1.0\n")
    (tmp_path / "overrides").mkdir()
    (tmp_path / "overrides" / "auth.py").write_text("X = 1\n")
    (tmp_path / "package").mkdir()
    (tmp_path / "package" / "module.py").write_text("Y = 2\n")
    fake = types.SimpleNamespace(
        name="fake",
        spec_path=tmp_path / "spec.yaml",
        overrides_dir=tmp_path / "overrides",
        output_dir=tmp_path / "package",
    )
    return typing.cast(Vendor, fake)


@pytest.fixture
def vendor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Vendor:
    monkeypatch.setattr(generate, "CACHE_DIR", tmp_path / "cache")
    monkeypatch.setattr(generate, "ROOT", tmp_path)  # no package at HEAD for the stand-in
    return _vendor(tmp_path)


def test_an_unchanged_vendor_is_recognised(vendor: Vendor) -> None:
    inputs = generate.inputs_digest(vendor)
    assert not generate.unchanged(vendor, inputs), "nothing is cached yet"
    generate.remember(vendor, inputs)
    assert generate.unchanged(vendor, generate.inputs_digest(vendor))


@pytest.mark.parametrize("changed", ["spec.yaml", "overrides/auth.py"])
def test_a_changed_input_is_regenerated(vendor: Vendor, tmp_path: Path, changed: str) -> None:
    generate.remember(vendor, generate.inputs_digest(vendor))
    (tmp_path / changed).write_text((tmp_path / changed).read_text() + "# changed\n")
    assert not generate.unchanged(vendor, generate.inputs_digest(vendor))


def test_a_hand_edited_package_is_regenerated(vendor: Vendor) -> None:
    inputs = generate.inputs_digest(vendor)
    generate.remember(vendor, inputs)
    (vendor.output_dir / "module.py").write_text("Y = 3\n")
    assert not generate.unchanged(vendor, inputs)


def test_a_changed_template_is_regenerated(vendor: Vendor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "model.py.jinja").write_text("{{ model }}\n")
    monkeypatch.setattr(generate, "TEMPLATES_DIR", templates)
    generate.remember(vendor, generate.inputs_digest(vendor))
    (templates / "model.py.jinja").write_text("{{ model.name }}\n")
    assert not generate.unchanged(vendor, generate.inputs_digest(vendor))


def test_check_and_no_cache_never_use_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    regenerated: list[tuple[str, bool]] = []

    def fake_regenerate(vendor: Vendor, check: bool) -> generate.Changes:
        regenerated.append((vendor.name, check))
        return generate.Changes(vendor=vendor.name)

    def refuse(vendor: Vendor) -> generate.Changes:
        raise AssertionError("the cache was consulted")

    monkeypatch.setattr(generate, "regenerate", fake_regenerate)
    monkeypatch.setattr(generate, "regenerate_cached", refuse)
    assert generate.main(["--check", "mycrmsim"]) == 0
    assert generate.main(["--no-cache", "mycrmsim"]) == 0
    assert regenerated == [("mycrmsim", True), ("mycrmsim", False)]
