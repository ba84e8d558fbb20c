"""The docs-drift report: it reads each snapshot format and reports exactly what changed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from scripts.docs import drift as docs_drift
from scripts.docs import formats as docs_formats
from scripts.spec.targets import Target
from scripts.vendors import DOCS_DIR, ROOT

REFERENCE = "002_49c1c1f03972444b.txt"
SALESMANAGO = Target("salesmanago", ROOT / "specs" / "salesmanago.yaml")
needs_docs = pytest.mark.skipif(
    not (DOCS_DIR / REFERENCE).exists(), reason="the vendor docs (../shared/vendor-docs) are not beside the repo"
)


def _failing(report: docs_drift.Report) -> set[str]:
    return {item.id for item in report.failing}


@needs_docs
def test_todays_reference_has_no_unacknowledged_drift() -> None:
    report = docs_drift.compare(SALESMANAGO)
    assert report.documented == 68 + 1  # every method, and the job/status sample of 002:485
    assert _failing(report) == set()
    assert report.drift  # the acknowledged differences are still reported
    assert report.stale == []


@needs_docs
def test_a_modified_snapshot_reports_exactly_its_changes(tmp_path: Path) -> None:
    lines = (DOCS_DIR / REFERENCE).read_text(encoding="utf-8").split("\n")
    assert lines[600].endswith("https://xxx.salesmanago.com/api/contact/hasContact")
    assert lines[222] == "fax 255 Contact fax number"
    assert lines[253].startswith("consentName 30 ")
    lines[222] = "fax* 255 Contact fax number"  # a field becomes required
    lines[253] = lines[253].replace("consentName 30 ", "consentName 40 ")  # a length changes
    del lines[587:623]  # the contact/hasContact method disappears (its x-doc-source range, 588-623)
    lines += [
        "Adding a widget",
        "",
        "https://xxx.salesmanago.com/api/widget/add",
        "",
        "Field Max. length Description",
        "owner* 255 contact's owner",
        "widgetName* 64 widget name",
        "",
    ]  # a new method appears
    (tmp_path / REFERENCE).write_text("\n".join(lines), encoding="utf-8")
    report = docs_drift.compare(SALESMANAGO, docs_dir=tmp_path)
    assert _failing(report) == {
        "missing-operation POST https://xxx.salesmanago.com/api/widget/add",
        "undocumented-operation contactHasContact",
        "field contactUpsert.fax required: docs required, spec optional",
        "field contactUpsert.consentName maxLength: docs 40, spec 30",
    }


def _spec(tmp_path: Path, drift: list[dict[str, str]] | None = None) -> Target:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "paths": {
            "/things": {
                "post": {"operationId": "thingsCreate", "x-confidence": "documented", "responses": {}},
                "get": {"operationId": "thingsList", "x-confidence": "observed", "responses": {}},
            },
            "/things/{id}": {
                "delete": {"operationId": "thingsDelete", "x-confidence": "documented", "responses": {}},
            },
            "/hooks": {
                "post": {
                    "operationId": "hooksSubscribe",
                    "x-confidence": "inferred",
                    "x-doc-source": 'docs.json#"Subscribe"',
                    "responses": {},
                }
            },
        },
    }
    if drift is not None:
        spec["x-docs-drift"] = drift
    path = tmp_path / "mini.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    return Target("mini", path)


def _collection(tmp_path: Path) -> str:
    collection = {
        "info": {"name": "Mini", "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
        "variable": [{"key": "base", "value": "https://api.example.com/v1"}],
        "item": [
            {"name": "Create", "request": {"method": "POST", "url": "{{base}}/things"}},
            {
                "name": "Folder",
                "item": [{"name": "Delete", "request": {"method": "DELETE", "url": "{{base}}/things/42"}}],
            },
            {"name": "Subscribe", "request": {"method": "GET", "url": ""}},  # an export that lost its URL
            {"name": "Archive", "request": {"method": "GET", "url": ""}},
        ],
    }
    (tmp_path / "docs.json").write_text(json.dumps(collection), encoding="utf-8")
    return "docs.json"


def test_a_postman_collection_is_matched_by_url_and_by_cited_item_name(tmp_path: Path) -> None:
    report = docs_drift.compare(_spec(tmp_path), docs_dir=tmp_path, files=(_collection(tmp_path),))
    assert _failing(report) == {'missing-operation docs.json#"Archive"'}
    assert report.expected == ["thingsList (GET /things; observed)"]


def test_acknowledged_drift_passes_and_stale_acknowledgements_are_listed(tmp_path: Path) -> None:
    drift = [
        {"id": 'missing-operation docs.json#"Archive"', "reason": "a browser page"},
        {"id": "undocumented-operation gone", "reason": "old"},
    ]
    report = docs_drift.compare(_spec(tmp_path, drift), docs_dir=tmp_path, files=(_collection(tmp_path),))
    assert _failing(report) == set()
    assert [item.acknowledged for item in report.drift] == ["a browser page"]
    assert report.stale == ["undocumented-operation gone"]
    assert "acknowledged: a browser page" in report.render()


def test_an_acknowledgement_needs_a_reason(tmp_path: Path) -> None:
    target = _spec(tmp_path, [{"id": "undocumented-operation thingsDelete"}])
    with pytest.raises(ValueError, match="reason"):
        docs_drift.compare(target, docs_dir=tmp_path, files=(_collection(tmp_path),))


def test_a_documented_operation_the_docs_do_not_name_is_drift(tmp_path: Path) -> None:
    (tmp_path / "help.txt").write_text("Use\nPOST /things\nto create one.\n", encoding="utf-8")
    report = docs_drift.compare(_spec(tmp_path), docs_dir=tmp_path, files=("help.txt",))
    assert _failing(report) == {"undocumented-operation thingsDelete"}
    assert "hooksSubscribe (POST /hooks; inferred)" in report.expected  # inferred: expected, not drift


def test_a_documenter_export_reads_urls_from_its_description(tmp_path: Path) -> None:
    document = {
        "collection": {
            "info": {
                "description": "Token: POST `{{url}}/oauth/token`\n\nSee https://datatracker.ietf.org/doc/html/rfc6749 "
                "and ![x]({{url}}/logo.png); send a POST request to {{web}}/grant. Browse {{url}}/auth/page."
            }
        },
        "environments": [
            {
                "values": [
                    {"key": "url", "value": "https://api.example.com/v1"},
                    {"key": "web", "value": "https://web.example.com"},
                ]
            }
        ],
    }
    path = tmp_path / "documenter.txt"
    path.write_text(json.dumps(document), encoding="utf-8")
    labels = [operation.label for operation in docs_formats.read(path)]
    assert labels == [
        "POST https://api.example.com/v1/oauth/token",
        "POST https://web.example.com/grant",
        "* https://api.example.com/v1/auth/page",
    ]


def test_help_page_paths_match_spec_paths_with_parameters(tmp_path: Path) -> None:
    (tmp_path / "help.txt").write_text("Locate the\nDELETE /things/{id}\nendpoint.\n", encoding="utf-8")
    report = docs_drift.compare(_spec(tmp_path), docs_dir=tmp_path, files=("help.txt",))
    assert "undocumented-operation thingsDelete" not in _failing(report)
    assert "undocumented-operation thingsCreate" in _failing(report)


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        ("255 Contact name", (None, 255)),
        ("254[?] Contact email", (None, 254)),
        ("3-255 Detail name", (None, 255)),
        ("2 MB attachment", (None, None)),
        ("255/tag Array of tags", (None, None)),
        ("true/false Flag", ("boolean", None)),
        ("int Consent id", ("integer", None)),
        ("UNIX timestamp [ms]", ("integer", None)),
        ("array of objects", ("array", None)),
        ("UUID Contact ID", ("string", None)),
    ],
)
def test_the_max_length_column_is_read_as_the_reference_means_it(
    column: str, expected: tuple[str | None, int | None]
) -> None:
    assert docs_formats.classify(column) == expected


@needs_docs
def test_main_reads_a_spec_path_and_a_docs_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(DOCS_DIR / REFERENCE, tmp_path / REFERENCE)
    assert docs_drift.main(["salesmanago", "--docs-dir", str(tmp_path)]) == 0
    assert "0 not acknowledged" in capsys.readouterr().out
