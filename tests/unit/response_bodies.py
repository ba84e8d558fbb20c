"""Response bodies for the parser fuzz: valid ones built from a response schema, then mutated ones.

``instances(schema)`` walks the schema (``$ref``, ``allOf``, every ``oneOf``/``anyOf`` branch,
type lists, enums, formats, bounds) and gives a body with every property and one with the
required properties only. ``mutations(body)`` gives what a careless or hostile vendor sends
instead: each field removed; each value replaced by two wrong types (in turn from
``WRONG_TYPES``), by an unknown enum-like string and by null; nested arrays in each top-level
field; an extra field in every object; deep nesting and bodies that are not the JSON at all.
Deterministic, so a failure names the exact body; fast, so every operation gets all of them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

Path = tuple[str | int, ...]

FORMATS = {
    "date-time": "2026-05-21T10:00:00Z",
    "date": "2026-05-21",
    "time": "10:00:00Z",
    "email": "someone@example.com",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "uuid": "123e4567-e89b-42d3-a456-426614174000",
    "int64": 1,
    "int32": 1,
}
WRONG_TYPES: tuple[Any, ...] = ("oops", 12345, 1.5, True, [], {}, [1, "two"])
DEEP = 100_000
NOT_THE_JSON = (
    b"",
    b"<html><body>Service temporarily unavailable</body></html>",
    b'"a bare string"',
    b"null",
    b"17",
    b"[1, 2, 3]",
    b'[["success", true]]',
    b'{"truncated": ',
    b"\xff\xfe not utf-8",
    b"[" * DEEP + b"]" * DEEP,
    b'{"a":' * DEEP + b"1" + b"}" * DEEP,
)


class Walker:
    """Builds instances of the schemas of one spec's ``components``."""

    def __init__(self, components: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = components.get("schemas", {})

    def resolve(
        self, schema: dict[str, Any], seen: frozenset[str] = frozenset()
    ) -> tuple[dict[str, Any], frozenset[str]]:
        """The schema a ``$ref`` points to (and the refs followed so far, to stop recursion)."""
        while "$ref" in schema:
            name = str(schema["$ref"]).rsplit("/", 1)[-1]
            if name in seen:
                return {}, seen
            seen = seen | {name}
            schema = {**self.schemas[name], **{k: v for k, v in schema.items() if k != "$ref"}}
        return schema, seen

    def merged(self, schema: dict[str, Any], seen: frozenset[str]) -> tuple[dict[str, Any], frozenset[str]]:
        """``allOf`` folded into one schema (properties and required lists united)."""
        schema, seen = self.resolve(schema, seen)
        if "allOf" not in schema:
            return schema, seen
        result: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties = dict(result.get("properties", {}))
        required = list(result.get("required", []))
        for member in schema["allOf"]:
            part, seen = self.merged(member, seen)
            properties.update(part.get("properties", {}))
            required.extend(part.get("required", []))
            result.update({k: v for k, v in part.items() if k not in ("properties", "required")})
        result["properties"], result["required"] = properties, required
        return result, seen

    def branches(self, schema: dict[str, Any], seen: frozenset[str]) -> list[tuple[dict[str, Any], frozenset[str]]]:
        """Every alternative of a ``oneOf``/``anyOf`` (the schema itself when there is none)."""
        schema, seen = self.merged(schema, seen)
        alternatives = schema.get("oneOf") or schema.get("anyOf")
        if not alternatives:
            return [(schema, seen)]
        rest = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}
        found = []
        for branch in alternatives:
            for part, part_seen in self.branches(branch, seen):
                found.append(({**rest, **part}, part_seen))
        return found

    def instance(self, schema: dict[str, Any], full: bool, seen: frozenset[str] = frozenset(), branch: int = 0) -> Any:
        """One valid value of ``schema``: every property (``full``) or the required ones only."""
        options = self.branches(schema, seen)
        schema, seen = options[branch % len(options)]
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return next((value for value in schema["enum"] if value is not None), None)
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if kinds else "null"
        if kind is None:
            kind = "object" if "properties" in schema else ("array" if "items" in schema else "string")
        if kind == "object":
            required = set(schema.get("required", []))
            properties = schema.get("properties", {})
            return {
                name: self.instance(sub, full, seen) for name, sub in properties.items() if full or name in required
            }
        if kind == "array":
            count = max(int(schema.get("minItems", 0)), 1 if full else 0)
            return [self.instance(schema.get("items", {}), full, seen) for _ in range(count)]
        if kind in ("integer", "number"):
            low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
            value = max(1, int(low) + 1)
            return min(value, int(schema.get("maximum", value)))
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        if schema.get("format") in FORMATS:
            return FORMATS[str(schema["format"])]
        return "x" * max(1, int(schema.get("minLength", 1)))

    def instances(self, schema: dict[str, Any]) -> list[Any]:
        """The distinct valid bodies: full and minimal, for each top-level alternative."""
        found: list[Any] = []
        for branch in range(len(self.branches(schema, frozenset()))):
            for full in (True, False):
                body = self.instance(schema, full, branch=branch)
                if body not in found:
                    found.append(body)
        return found


def _paths(document: Any, prefix: Path = ()) -> Iterator[Path]:
    """Every path to a value inside ``document`` (not the root)."""
    if isinstance(document, dict):
        for key, value in document.items():
            yield (*prefix, key)
            yield from _paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield (*prefix, index)
            yield from _paths(value, (*prefix, index))


def _replaced(document: str, path: Path, value: Any = None, remove: bool = False) -> Any:
    copied = json.loads(document)  # a fresh copy, faster than copy.deepcopy
    parent = copied
    for step in path[:-1]:
        parent = parent[step]
    if remove:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return copied


def _objects(document: Any) -> Iterator[dict[str, Any]]:
    if isinstance(document, dict):
        yield document
        for value in document.values():
            yield from _objects(value)
    elif isinstance(document, list):
        for value in document:
            yield from _objects(value)


def mutations(body: Any) -> Iterator[tuple[str, bytes]]:
    """``(kind, raw body)`` for every mutation of a valid body, then the bodies that are not JSON."""
    text = json.dumps(body)
    for number, path in enumerate(_paths(body)):
        if isinstance(path[-1], str):
            yield "missing field", json.dumps(_replaced(text, path, remove=True)).encode()
        for wrong in (WRONG_TYPES[number % len(WRONG_TYPES)], WRONG_TYPES[(number + 3) % len(WRONG_TYPES)]):
            yield "wrong type", json.dumps(_replaced(text, path, wrong)).encode()
        yield "unknown enum value", json.dumps(_replaced(text, path, "a-value-added-later")).encode()
        yield "null", json.dumps(_replaced(text, path, None)).encode()
        if len(path) == 1:
            yield "deep nesting", json.dumps(_replaced(text, path, [[[[[[1]]]]]])).encode()
    for wrong in (*WRONG_TYPES, None):
        yield "wrong type", json.dumps(wrong).encode()
    extended = json.loads(text)
    for node in list(_objects(extended)):
        node["a_field_added_later"] = {"nested": [1, None, "x"]}
    yield "extra fields", json.dumps(extended).encode()
    for raw in NOT_THE_JSON:
        yield "not the JSON", raw
