"""The spec lint: each house rule fires on a spec that breaks it, and only there."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.spec import lint as lint_specs
from scripts.spec.targets import Target

FIXTURE = Path(__file__).parent / "fixtures" / "mini_spec.yaml"
BASE: dict[str, Any] = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(
    not lint_specs.SPECTRAL.exists(), reason="Spectral is not installed (node_modules): run `npm ci`"
)


def _create(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"]["/things"]["post"]  # type: ignore[no-any-return]


def _get(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"]["/things/{id}"]["get"]  # type: ignore[no-any-return]


def _no_summary(spec: dict[str, Any]) -> None:
    del _create(spec)["summary"]


def _no_doc_source(spec: dict[str, Any]) -> None:
    del _create(spec)["x-doc-source"]


def _no_confidence(spec: dict[str, Any]) -> None:
    del _create(spec)["x-confidence"]


def _unknown_confidence(spec: dict[str, Any]) -> None:
    _create(spec)["x-confidence"] = "guessed"


def _inferred_without_reason(spec: dict[str, Any]) -> None:
    del _get(spec)["x-confidence-reason"]


def _no_operation_id(spec: dict[str, Any]) -> None:
    del _create(spec)["operationId"]


def _no_tag(spec: dict[str, Any]) -> None:
    del _create(spec)["tags"]


def _undeclared_tag(spec: dict[str, Any]) -> None:
    _create(spec)["tags"] = ["Elsewhere"]


def _bad_example(spec: dict[str, Any]) -> None:
    _create(spec)["requestBody"]["content"]["application/json"]["examples"]["doc"]["value"] = {"name": 7}


def _unused_component(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Orphan"] = {"type": "object", "description": "Used by nothing."}


def _export_schema_unreferenced(spec: dict[str, Any]) -> None:
    del _get(spec)["x-export-file-schema"]


def _invalid_openapi(spec: dict[str, Any]) -> None:
    _create(spec)["responses"] = {"ok": {"description": "not a status code"}}


CASES: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "no_summary": (_no_summary, "house-operation-summary"),
    "no_doc_source": (_no_doc_source, "house-doc-source"),
    "no_confidence": (_no_confidence, "house-confidence"),
    "unknown_confidence": (_unknown_confidence, "house-confidence-value"),
    "inferred_without_reason": (_inferred_without_reason, "house-inferred-says-why"),
    "no_operation_id": (_no_operation_id, "operation-operationId"),
    "no_tag": (_no_tag, "operation-tags"),
    "undeclared_tag": (_undeclared_tag, "operation-tag-defined"),
    "bad_example": (_bad_example, "oas3-valid-media-example"),
    "unused_component": (_unused_component, "oas3-unused-component"),
    "export_schema_unreferenced": (_export_schema_unreferenced, "oas3-unused-component"),
    "invalid_openapi": (_invalid_openapi, "openapi-spec-validator"),
}


@pytest.fixture(scope="module")
def findings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """Lint the base spec and every broken variant in one Spectral run; the rules found per case."""
    folder = tmp_path_factory.mktemp("specs")
    targets = [Target("base", FIXTURE.resolve())]
    for name, (breaker, _rule) in CASES.items():
        spec = copy.deepcopy(BASE)
        breaker(spec)
        path = folder / f"{name}.yaml"
        path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
        targets.append(Target(name, path.resolve()))
    report = lint_specs.lint(targets)
    return {target.vendor: {finding.rule for finding in found} for target, found in report.items()}


def test_the_base_spec_is_clean(findings: dict[str, set[str]]) -> None:
    assert findings["base"] == set()


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_rule_fires_on_the_spec_that_breaks_it(findings: dict[str, set[str]], case: str) -> None:
    assert CASES[case][1] in findings[case]


def test_a_component_named_by_an_extension_counts_as_used() -> None:
    finding = lint_specs.Finding(1, 1, "error", "oas3-unused-component", "unused", "components.schemas.ThingFile")
    assert lint_specs.used_by_extensions(BASE, [finding]) == []
    spec = copy.deepcopy(BASE)
    _export_schema_unreferenced(spec)
    assert lint_specs.used_by_extensions(spec, [finding]) == [finding]


def test_main_exits_non_zero_on_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = copy.deepcopy(BASE)
    _no_summary(spec)
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(spec), encoding="utf-8")
    assert lint_specs.main([str(broken)]) == 1
    out = capsys.readouterr().out
    assert "house-operation-summary" in out and "paths./things.post" in out
    assert lint_specs.main([str(FIXTURE)]) == 0


def test_an_unknown_argument_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        lint_specs.main(["no-such-vendor"])
    assert "no-such-vendor" in capsys.readouterr().err
