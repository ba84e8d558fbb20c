"""The spec changelog: each class of change is found and classed for importing code; versions follow."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.generation import changelog, releases
from scripts.vendors import ROOT

FIXTURE = Path(__file__).parent / "fixtures" / "mini_spec.yaml"
BASE: dict[str, Any] = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
Edit = Callable[[dict[str, Any]], None]


def _create(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"]["/things"]["post"]  # type: ignore[no-any-return]


def _get(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"]["/things/{id}"]["get"]  # type: ignore[no-any-return]


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]  # type: ignore[no-any-return]


def _remove_operation(spec: dict[str, Any]) -> None:
    del spec["paths"]["/things/{id}"]


def _add_operation(spec: dict[str, Any]) -> None:
    spec["paths"]["/things/{id}"]["delete"] = {
        "operationId": "thingsDelete",
        "responses": {"204": {"description": "gone"}},
    }


def _rename_operation(spec: dict[str, Any]) -> None:
    _get(spec)["operationId"] = "thingsRead"


def _change_path(spec: dict[str, Any]) -> None:
    spec["paths"]["/items"] = spec["paths"].pop("/things")


def _change_method(spec: dict[str, Any]) -> None:
    spec["paths"]["/things"]["put"] = spec["paths"]["/things"].pop("post")


def _add_required_parameter(spec: dict[str, Any]) -> None:
    _get(spec)["parameters"].append({"name": "tenant", "in": "query", "required": True, "schema": {"type": "string"}})


def _add_optional_parameter(spec: dict[str, Any]) -> None:
    _get(spec)["parameters"].append({"name": "lang", "in": "query", "schema": {"type": "string"}})


def _parameter_now_required(spec: dict[str, Any]) -> None:
    _get(spec)["parameters"][1]["required"] = True


def _remove_request_field(spec: dict[str, Any]) -> None:
    del _schemas(spec)["ThingInput"]["properties"]["colour"]


def _add_required_request_field(spec: dict[str, Any]) -> None:
    _schemas(spec)["ThingInput"]["properties"]["weight"] = {"type": "integer"}
    _schemas(spec)["ThingInput"]["required"].append("weight")


def _add_optional_request_field(spec: dict[str, Any]) -> None:
    _schemas(spec)["ThingInput"]["properties"]["weight"] = {"type": "integer"}


def _narrow_request_length(spec: dict[str, Any]) -> None:
    _schemas(spec)["ThingInput"]["properties"]["name"]["maxLength"] = 10


def _narrow_request_enum(spec: dict[str, Any]) -> None:
    _schemas(spec)["ThingInput"]["properties"]["colour"]["enum"] = ["red"]


def _narrow_parameter_type(spec: dict[str, Any]) -> None:
    _get(spec)["parameters"][0]["schema"] = {"type": "integer", "minimum": 1}


def _widen_request_length(spec: dict[str, Any]) -> None:
    _schemas(spec)["ThingInput"]["properties"]["name"]["maxLength"] = 30


def _request_field_no_longer_required(spec: dict[str, Any]) -> None:
    _schemas(spec)["ThingInput"]["required"] = []


def _add_response_field(spec: dict[str, Any]) -> None:
    _schemas(spec)["Thing"]["properties"]["weight"] = {"type": "integer"}


def _remove_response_field(spec: dict[str, Any]) -> None:
    del _schemas(spec)["Thing"]["properties"]["size"]


def _widen_response_type(spec: dict[str, Any]) -> None:
    _schemas(spec)["Thing"]["properties"]["size"]["type"] = ["integer", "string"]


def _rename_model(spec: dict[str, Any]) -> None:
    _schemas(spec)["ThingPayload"] = _schemas(spec).pop("ThingInput")
    _create(spec)["requestBody"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/ThingPayload"
    }


def _change_description(spec: dict[str, Any]) -> None:
    _create(spec)["description"] = "Creates a thing, now with better words."


def _change_example(spec: dict[str, Any]) -> None:
    _create(spec)["requestBody"]["content"]["application/json"]["examples"]["doc"]["value"] = {"name": "desk"}


def _acknowledge_drift(spec: dict[str, Any]) -> None:
    spec["x-docs-drift"] = [{"id": "undocumented-operation thingsGet", "reason": "test"}]


CASES: dict[str, tuple[Edit, str, str]] = {
    # name: (edit, level, a fragment of the change's text)
    "remove_operation": (_remove_operation, "breaking", "removed (GET /things/{id})"),
    "add_operation": (_add_operation, "minor", "added (DELETE /things/{id})"),
    "rename_operation": (_rename_operation, "breaking", "renamed to `thingsRead`"),
    "change_path": (_change_path, "breaking", "moved from POST /things to POST /items"),
    "change_method": (_change_method, "breaking", "moved from POST /things to PUT /things"),
    "add_required_parameter": (_add_required_parameter, "breaking", "required query parameter `tenant` added"),
    "add_optional_parameter": (_add_optional_parameter, "minor", "optional query parameter `lang` added"),
    "parameter_now_required": (_parameter_now_required, "breaking", "query parameter `fields` now required"),
    "remove_request_field": (_remove_request_field, "breaking", "field `colour` removed"),
    "add_required_request_field": (_add_required_request_field, "breaking", "required field `weight` added"),
    "add_optional_request_field": (_add_optional_request_field, "minor", "optional field `weight` added"),
    "narrow_request_length": (_narrow_request_length, "breaking", "name: type narrowed"),
    "narrow_request_enum": (_narrow_request_enum, "breaking", "colour: type narrowed"),
    "narrow_parameter_type": (_narrow_parameter_type, "breaking", "path parameter `id`: type narrowed"),
    "widen_request_length": (_widen_request_length, "minor", "name: type widened"),
    "request_field_no_longer_required": (_request_field_no_longer_required, "minor", "`name` no longer required"),
    "add_response_field": (_add_response_field, "minor", "optional field `weight` added"),
    "remove_response_field": (_remove_response_field, "breaking", "field `size` removed"),
    "widen_response_type": (_widen_response_type, "breaking", "size: type widened"),
    "rename_model": (_rename_model, "breaking", "renamed to `ThingPayload`"),
    "change_description": (_change_description, "patch", "description, summary, examples or extensions changed"),
    "change_example": (_change_example, "patch", "description, summary, examples or extensions changed"),
}


def _diff(edit: Edit) -> list[changelog.Change]:
    new = copy.deepcopy(BASE)
    edit(new)
    return changelog.diff(BASE, new)


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_class_of_change_is_found_and_classed(case: str) -> None:
    edit, level, text = CASES[case]
    changes = _diff(edit)
    assert any(change.level == level and text in change.text for change in changes), changes
    assert changelog.level_of(changes) == level  # nothing louder slipped in


def test_an_unchanged_spec_has_no_change() -> None:
    assert changelog.diff(BASE, copy.deepcopy(BASE)) == []


def test_blocks_that_reach_no_code_are_no_change() -> None:
    assert _diff(_acknowledge_drift) == []


@pytest.mark.parametrize(
    ("level", "expected"), [("breaking", "2.0.0"), ("minor", "1.3.0"), ("patch", "1.2.4"), (None, "1.2.3")]
)
def test_bump_follows_the_level(level: str | None, expected: str) -> None:
    assert changelog.bump("1.2.3", level) == expected


def test_render_groups_by_level() -> None:
    changes = _diff(_remove_operation) + _diff(_add_operation)
    text = changelog.render(sorted(changes), "2.0.0 (today)")
    assert text.index("### Breaking") < text.index("### Added")
    assert "- `thingsGet`: removed (GET /things/{id})" in text


def test_spec_at_reads_a_committed_spec_and_none_for_a_missing_one() -> None:
    committed = changelog.spec_at("HEAD", ROOT / "specs" / "salesmanago.yaml")
    assert committed is not None and committed["openapi"].startswith("3.")
    assert changelog.spec_at("HEAD", ROOT / "specs" / "no-such-vendor.yaml") is None


def _project(folder: Path, version: str = "0.0.0") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pyproject.toml").write_text(
        f'[project]\nname = "mini-client"\nversion = "{version}"\n', encoding="utf-8"
    )
    return folder


def _release(
    spec: dict[str, Any], current: Path, tmp: Path, changed: list[str], added: list[str] | None = None
) -> releases.Release:
    """One regeneration: plan, write into a fresh copy, and make it the current project."""
    fresh = _project(tmp / "fresh", "9.9.9")  # what the generator writes (info.version), replaced by apply
    release = releases.plan(spec, fresh, current, added or [], [], changed)
    releases.apply(release, spec, fresh, current, "Mini", "specs/mini.yaml")
    for name in (releases.SNAPSHOT, releases.CHANGELOG, releases.PYPROJECT):
        (current / name).write_text((fresh / name).read_text(encoding="utf-8"), encoding="utf-8")
    return release


def test_a_package_is_versioned_from_its_spec_changes(tmp_path: Path) -> None:
    current = tmp_path / "mini-client"
    current.mkdir()
    first = _release(BASE, current, tmp_path, [])
    assert (first.level, first.version) == ("initial", "1.0.0")
    assert releases.read_version(current) == "1.0.0"
    assert json.loads((current / releases.SNAPSHOT).read_text(encoding="utf-8")) == BASE

    again = _release(BASE, current, tmp_path, [releases.PYPROJECT])
    assert (again.level, again.version) == (None, "1.0.0")  # regenerating without a change is a no-op
    log = (current / releases.CHANGELOG).read_text(encoding="utf-8")

    added = copy.deepcopy(BASE)
    _add_operation(added)
    minor = _release(added, current, tmp_path, [], ["mini_client/api/things/things_delete.py"])
    assert (minor.previous, minor.version, minor.level) == ("1.0.0", "1.1.0", "minor")
    assert minor.counts("operation") == (["things_delete"], [], [])
    new_log = (current / releases.CHANGELOG).read_text(encoding="utf-8")
    assert new_log.index("## 1.1.0") < new_log.index("## 1.0.0") and log.split("## ", 1)[1] in new_log
    assert "version 1.0.0 -> 1.1.0 (minor; 1 changelog entries)" in minor.summary()
    assert "+ things_delete" in minor.summary()

    _remove_operation(added)
    major = _release(added, current, tmp_path, [])
    assert (major.version, major.level) == ("2.0.0", "breaking")

    fix = _release(added, current, tmp_path, ["mini_client/_overrides/auth.py"])
    assert (fix.version, fix.level) == ("2.0.1", "patch")
    assert "mini_client/_overrides/auth.py" in fix.summary()


def test_a_model_the_generator_now_emits_counts_as_an_addition(tmp_path: Path) -> None:
    """openapi-python-client types a response it cannot read as Any; fixing the schema adds a model."""
    current = tmp_path / "mini-client"
    current.mkdir()
    _release(BASE, current, tmp_path, [])
    spec = copy.deepcopy(BASE)
    _schemas(spec)["Thing"]["properties"]["size"]["items"] = {}
    release = _release(spec, current, tmp_path, [], ["mini_client/models/thing_reply.py"])
    assert (release.version, release.level) == ("1.1.0", "minor")
    assert release.counts("model") == (["thing_reply"], [], [])
    assert any(change.text == "module added in the generated code" for change in release.changes)
