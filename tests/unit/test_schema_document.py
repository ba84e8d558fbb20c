"""A validator's document holds exactly the component schemas its schema reaches, for every schema of every spec."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import pytest

from scripts.vendors import VENDORS

SCHEMA_REF = "#/components/schemas/"


def _manifest(vendor: str) -> Any:
    package = VENDORS[vendor].package
    return importlib.import_module(f"{package}._common.manifest").Manifest.for_package(package)


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _reached(schema: Any, schemas: dict[str, Any]) -> set[str]:
    """The component names ``schema`` reaches, found by walking the whole spec again (the slow way)."""
    found: set[str] = set()
    frontier = [schema]
    while frontier:
        for ref in _refs(frontier.pop()):
            name = ref.removeprefix(SCHEMA_REF)
            if name not in found:
                found.add(name)
                frontier.append(schemas[name])
    return found


def _schemas(manifest: Any) -> Iterator[dict[str, Any]]:
    """Every schema the request and response validators compile."""
    for operation in manifest.operations:
        if operation.body is not None:
            yield operation.body["schema"]
        for parameter in [*(operation.query or ()), *(operation.path_params or ())]:
            yield parameter["schema"]
        yield from (operation.response_schemas or {}).values()


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_each_document_holds_what_its_schema_reaches_and_nothing_else(vendor: str) -> None:
    manifest = _manifest(vendor)
    schemas = manifest.components["schemas"]
    checked = 0
    for schema in _schemas(manifest):
        document = manifest.schema_document(schema)
        held = set(document.get("components", {}).get("schemas", {}))
        assert held == _reached(schema, schemas), schema
        assert {key: value for key, value in document.items() if key not in ("$schema", "components")} == schema
        checked += 1
    assert checked, f"{vendor}: no schema to check"


def test_a_reference_outside_the_component_schemas_keeps_every_component() -> None:
    manifest = _manifest("salesmanago")
    document = manifest.schema_document({"$ref": "#/components/parameters/Other"})
    assert document["components"] is manifest.components


def test_a_reference_chain_is_followed_to_its_end() -> None:
    """A component reached only through another component is in the document (a $ref inside a $ref)."""
    manifest = _manifest("salesmanago")
    schemas = manifest.components["schemas"]
    nested = next(
        (name, ref.removeprefix(SCHEMA_REF))
        for name, schema in schemas.items()
        for ref in _refs(schema)
        if ref.removeprefix(SCHEMA_REF) != name
    )
    document = manifest.schema_document({"$ref": SCHEMA_REF + nested[0]})
    assert set(nested) <= set(document["components"]["schemas"])
