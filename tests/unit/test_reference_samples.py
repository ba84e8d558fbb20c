"""Every sample of the SALESmanago reference is in the spec, valid, and equal to the reference
unless a listed discrepancy explains the difference."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
import yaml
from referencing import Registry, Resource

from scripts.spec import views as spec_views
from scripts.vendors import DOCS_DIR, VENDORS

SPEC_PATH = VENDORS["salesmanago"].spec_path
REFERENCE = DOCS_DIR / "002_49c1c1f03972444b.txt"
SOURCE = re.compile(r"002_49c1c1f03972444b\.txt:(\d+)-(\d+)")
# The reference's auth values in samples are placeholders; the spec uses its canonical block (lines 13-18).
PLACEHOLDER_ENVELOPE = {
    "clientId": "your-client-id-123",
    "apiKey": "your-api-key-123",
    "requestTime": 1327056031488,
    "sha": "2aa3927a7dee8c2a712adb5375f5fa36dd8fe00c",
}

pytestmark = pytest.mark.skipif(
    not REFERENCE.exists(), reason="the vendor docs (../shared/vendor-docs) are not beside the repo"
)

SPEC = spec_views.load(SPEC_PATH)
DISCREPANCIES: list[dict[str, Any]] = yaml.safe_load(
    (SPEC_PATH.parent / SPEC["x-discrepancies"]).read_text(encoding="utf-8")
)["discrepancies"]


def all_examples() -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(operationId, where, schema, example) for every example of the spec."""
    for _method, _path, operation in spec_views.operations(SPEC):
        for media in operation.get("requestBody", {}).get("content", {}).values():
            for name, example in (media.get("examples") or {}).items():
                yield operation["operationId"], f"request {name}", media["schema"], example
            if "x-json-part-example" in media:
                part = media["schema"]["properties"]["emailSendRequest"]
                yield operation["operationId"], "request JSON part", part, media["x-json-part-example"]
        for status, response in operation["responses"].items():
            for media in response.get("content", {}).values():
                for name, example in (media.get("examples") or {}).items():
                    yield operation["operationId"], f"response {status} {name}", media["schema"], example


PUBLIC_SOURCE = re.compile(r"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+:[^\s]+")
"""An example taken from an independent client (EVIDENCE.md) cites ``owner/repo:path`` instead."""
ALL_EXAMPLES = list(all_examples())
EXAMPLES = [example for example in ALL_EXAMPLES if SOURCE.search(example[3].get("summary", ""))]
"""The examples that cite the reference's lines: each is compared with those lines."""


def test_every_example_cites_the_reference_or_a_public_source() -> None:
    uncited = [
        f"{operation_id} {where}"
        for operation_id, where, _schema, example in ALL_EXAMPLES
        if not SOURCE.search(example.get("summary", "")) and not PUBLIC_SOURCE.search(example.get("summary", ""))
    ]
    assert not uncited, f"examples citing neither reference lines nor owner/repo:path: {uncited}"


def listed(first: int, last: int) -> bool:
    return any(first <= entry["line"] <= last for entry in DISCREPANCIES)


def reference_sample(first: int, last: int) -> Any:
    lines = REFERENCE.read_text(encoding="utf-8").splitlines()[first - 1 : last]
    text = "\n".join(lines)
    return json.loads(text[text.index("{") : text.rindex("}") + 1])


def test_the_spec_carries_the_samples() -> None:
    assert len(EXAMPLES) >= 140


@pytest.mark.parametrize(
    ("operation_id", "where", "schema", "example"), EXAMPLES, ids=[f"{e[0]}-{e[1]}" for e in EXAMPLES]
)
def test_sample_matches_reference_or_is_a_listed_discrepancy(
    operation_id: str, where: str, schema: dict[str, Any], example: dict[str, Any]
) -> None:
    match = SOURCE.search(example.get("summary", ""))
    assert match, f"{operation_id} {where}: the example does not cite its reference lines"
    first, last = int(match.group(1)), int(match.group(2))
    try:
        sample = reference_sample(first, last)
    except ValueError:
        assert listed(first, last), f"lines {first}-{last} are not valid JSON and no discrepancy says so"
        return
    if isinstance(sample, dict):
        sample.update({key: value for key, value in PLACEHOLDER_ENVELOPE.items() if key in sample})
    if sample != example["value"]:
        assert listed(first, last), f"the example differs from lines {first}-{last} and no discrepancy says why"


@pytest.mark.parametrize(
    ("operation_id", "where", "schema", "example"), ALL_EXAMPLES, ids=[f"{e[0]}-{e[1]}" for e in ALL_EXAMPLES]
)
def test_sample_validates_against_the_spec(
    operation_id: str, where: str, schema: dict[str, Any], example: dict[str, Any]
) -> None:
    registry: Registry[Any] = Registry().with_resource("urn:spec", Resource.opaque(SPEC))
    validator = jsonschema.Draft202012Validator({"$ref": "urn:spec#/x"}, registry=registry.with_resource(
        "urn:spec", Resource.opaque({**SPEC, "x": schema})
    ))  # fmt: skip
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(example["value"])]
    assert not errors


def test_every_discrepancy_lies_where_its_operation_is_documented() -> None:
    ranges: dict[str, list[tuple[int, int]]] = {}
    for _method, _path, operation in spec_views.operations(SPEC):
        match = SOURCE.search(operation["x-doc-source"])
        assert match, operation["operationId"]
        ranges.setdefault(operation["operationId"], []).append((int(match.group(1)), int(match.group(2))))
    for operation_id, _where, _schema, example in EXAMPLES:
        for match in SOURCE.finditer(example.get("summary", "")):
            ranges[operation_id].append((int(match.group(1)), int(match.group(2))))
    outside = [
        entry for entry in DISCREPANCIES
        if not any(first - 40 <= entry["line"] <= last + 40 for first, last in ranges[entry["operationId"]])
    ]  # fmt: skip
    assert not outside
