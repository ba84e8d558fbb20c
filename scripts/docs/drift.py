"""Compare each spec with its vendor's docs snapshot: ``python -m scripts.docs.drift [vendor | spec.yaml ...]``.

For each spec (every active vendor by default; a spec path such as
``specs/drafts/sendjim.yaml`` takes the vendor from its file name) the report lists:

* **missing-operation**: an operation the docs name that no spec operation matches (by
  method and URL against the spec's servers, a bare path against paths only; a Postman
  item without a URL is matched by a spec operation citing it in ``x-doc-source``);
* **undocumented-operation**: a spec operation with ``x-confidence: documented`` that the
  docs do not name. Spec operations taken from other evidence (``vendor``, ``observed``,
  ``inferred``) are listed apart, as expected;
* **field**: for docs with request-field tables, a documented field that the request
  schema lacks or whose required flag, type or maximum length differs.

Each drift item has an id (the line starting with ``!``). A spec acknowledges an item it
knowingly differs on in a top-level block, with the reason::

    x-docs-drift:
      - id: "field contactAddNote.email required: docs required, spec optional"
        reason: "email and contactId are alternatives (discrepancies.yaml line 4343)"

The exit status is 1 when any drift is not acknowledged, so a new docs snapshot that
changes the API fails CI until the spec follows it (or says why not). Acknowledgements
that match nothing any more are listed as stale, without failing.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scripts.docs import formats as docs_formats
from scripts.spec import views as spec_views
from scripts.spec.targets import Target, resolve
from scripts.vendors import DOCS_DIR, ROOT, VENDORS

EXPECTED_UNDOCUMENTED = {"vendor", "observed", "inferred"}
_TEMPLATE_VARIABLE = re.compile(r"\\\{[^}]*\\\}")


@dataclass
class SpecOperation:
    """A spec operation as the comparison needs it."""

    operation_id: str
    method: str
    path: str | None  # None for a webhook
    confidence: str
    doc_source: str
    urls: list[re.Pattern[str]]  # absolute URL templates (server + path)
    path_patterns: list[re.Pattern[str]]  # the path alone, and under each server's base path
    request: dict[str, Any] | None  # the request body schema (JSON), unresolved


@dataclass
class Drift:
    """One difference between docs and spec."""

    id: str
    where: str
    acknowledged: str | None = None


@dataclass
class Report:
    """The comparison of one spec with its docs."""

    target: Target
    files: tuple[str, ...]
    documented: int = 0
    spec_operations: int = 0
    drift: list[Drift] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)

    @property
    def failing(self) -> list[Drift]:
        """Drift the spec does not acknowledge."""
        return [item for item in self.drift if item.acknowledged is None]

    def render(self) -> str:
        """The readable per-vendor report."""
        shown = self.target.path.relative_to(ROOT) if self.target.path.is_relative_to(ROOT) else self.target.path
        lines = [
            f"== {self.target.vendor} ({shown}) against {', '.join(self.files) or 'no docs snapshot (docs = [])'}",
            f"   {self.documented} documented operation(s), {self.spec_operations} spec operation(s); "
            f"{len(self.drift)} drift item(s), {len(self.failing)} not acknowledged",
        ]
        for item in self.drift:
            if item.acknowledged is None:
                lines.append(f"   ! {item.id}  [{item.where}]")
        for item in self.drift:
            if item.acknowledged is not None:
                lines.append(f"   ok {item.id}  [{item.where}] -- acknowledged: {item.acknowledged}")
        if self.expected:
            lines.append("   spec operations the docs do not name (expected: taken from other evidence):")
            lines.extend(f"     {entry}" for entry in self.expected)
        lines.extend(f"   stale acknowledgement (matches nothing now): {entry}" for entry in self.stale)
        return "\n".join(lines)


def _template_regex(template: str) -> str:
    return _TEMPLATE_VARIABLE.sub("[^/]+", re.escape(template.rstrip("/")))


def _servers(*levels: Any) -> list[str]:
    for level in levels:
        if level:
            return [str(server["url"]) for server in level]
    return []


def all_servers(spec: spec_views.Spec) -> list[str]:
    """Every server URL the spec names, at any level."""
    found = [str(server["url"]) for server in spec.get("servers") or []]
    for item in (spec.get("paths") or {}).values():
        found += [str(server["url"]) for server in item.get("servers") or []]
        for method in spec_views.HTTP_METHODS:
            found += [str(server["url"]) for server in (item.get(method) or {}).get("servers") or []]
    return sorted(set(found))


def base_patterns(spec: spec_views.Spec) -> list[re.Pattern[str]]:
    """The spec's servers as patterns a docs URL can start with."""
    return [re.compile(_template_regex(url) + r"(?=/|$)") for url in all_servers(spec)]


def _base_paths(servers: list[str]) -> list[str]:
    """No prefix, and the path of each server URL: a bare docs path may include it (``POST /api/x HTTP/1.1``)."""
    return ["", *sorted({urlsplit(server).path.rstrip("/") for server in servers} - {""})]


def _request_schema(operation: dict[str, Any]) -> dict[str, Any] | None:
    for media in ((operation.get("requestBody") or {}).get("content") or {}).values():
        if isinstance(media.get("schema"), dict):
            return dict(media["schema"])
    return None


def spec_operations(spec: spec_views.Spec) -> list[SpecOperation]:
    """Every operation of the spec, webhooks included."""
    found = []
    root = spec.get("servers") or []
    for path, item in (spec.get("paths") or {}).items():
        for method in spec_views.HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            servers = _servers(operation.get("servers"), item.get("servers"), root)
            found.append(
                SpecOperation(
                    operation_id=str(operation.get("operationId")),
                    method=method.upper(),
                    path=path,
                    confidence=str(operation.get("x-confidence", "?")),
                    doc_source=str(operation.get("x-doc-source", "")),
                    urls=[re.compile(_template_regex(server + path)) for server in servers],
                    path_patterns=[re.compile(_template_regex(prefix + path)) for prefix in _base_paths(servers)],
                    request=_request_schema(operation),
                )
            )
    for _name, item in (spec.get("webhooks") or {}).items():
        for method in spec_views.HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                found.append(
                    SpecOperation(
                        str(operation.get("operationId")),
                        method.upper(),
                        None,
                        str(operation.get("x-confidence", "?")),
                        str(operation.get("x-doc-source", "")),
                        [],
                        [],
                        None,
                    )
                )
    return found


def matches(documented: docs_formats.DocOperation, operation: SpecOperation) -> bool:
    """Whether a spec operation is the one the docs describe."""
    if documented.url is None:
        return documented.anchor is not None and documented.anchor in operation.doc_source
    if documented.method is not None and documented.method != operation.method:
        return False
    if documented.url.startswith("/"):
        return any(pattern.fullmatch(documented.url) for pattern in operation.path_patterns)
    return any(pattern.fullmatch(documented.url) for pattern in operation.urls)


# --- request fields ------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A property of a request schema, wherever it is nested."""

    location: str
    required: bool
    types: frozenset[str]
    max_length: int | None
    max_items: int | None
    item_max_length: int | None  # an array's "max. length" in the docs often means each item's


def _resolve(spec: spec_views.Spec, schema: Any, depth: int = 0) -> dict[str, Any]:
    while isinstance(schema, dict) and "$ref" in schema and depth < 50:
        target: Any = spec
        for part in str(schema["$ref"]).removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        schema = target
        depth += 1
    return schema if isinstance(schema, dict) else {}


def _flatten(spec: spec_views.Spec, schema: Any, seen: frozenset[int] = frozenset()) -> dict[str, Any]:
    """Merge a schema with its ``$ref`` and ``allOf`` members (types, lengths, properties, required)."""
    schema = _resolve(spec, schema)
    if id(schema) in seen:
        return {}
    seen = seen | {id(schema)}
    merged: dict[str, Any] = {"types": set(), "properties": {}, "required": set()}
    for member in [schema, *(schema.get("allOf") or [])]:
        part = schema if member is schema else _flatten(spec, member, seen)
        if member is schema:
            kind = schema.get("type")
            merged["types"] |= set(kind) if isinstance(kind, list) else ({kind} if kind else set())
            merged["properties"].update(schema.get("properties") or {})
            merged["required"] |= set(schema.get("required") or [])
            for key in ("maxLength", "maxItems", "items"):
                if key in schema:
                    merged[key] = schema[key]
        else:
            merged["types"] |= part["types"]
            merged["properties"].update(part["properties"])
            merged["required"] |= part["required"]
            for key in ("maxLength", "maxItems", "items"):
                if key in part:
                    merged.setdefault(key, part[key])
    return merged


def candidates(spec: spec_views.Spec, schema: Any) -> dict[str, list[Candidate]]:
    """Every property of a request schema by name (a name may occur at several levels)."""
    found: dict[str, list[Candidate]] = {}

    def walk(node: Any, prefix: str, depth: int) -> None:
        if depth > 8:
            return
        flat = _flatten(spec, node)
        for name, prop in flat["properties"].items():
            inner = _flatten(spec, prop)
            location = f"{prefix}{name}"
            found.setdefault(name, []).append(
                Candidate(
                    location,
                    name in flat["required"],
                    frozenset(inner["types"]),
                    inner.get("maxLength"),
                    inner.get("maxItems"),
                    _flatten(spec, inner["items"]).get("maxLength") if "items" in inner else None,
                )
            )
            walk(prop, location + ".", depth + 1)
        if "items" in flat:
            walk(flat["items"], prefix.removesuffix(".") + "[].", depth + 1)

    walk(schema, "", 0)
    return found


def compare_fields(
    spec: spec_views.Spec, operation: SpecOperation, fields: list[docs_formats.DocField], docs_file: str
) -> Iterator[Drift]:
    """Documented request fields that the spec lacks or describes differently."""
    props = candidates(spec, operation.request) if operation.request else {}
    for row in fields:
        where = f"{docs_file}:{row.line}"
        prefix = f"field {operation.operation_id}.{row.name}"
        found = props.get(row.name, [])
        if not found:
            yield Drift(f"{prefix} missing: documented, not in the request schema", where)
            continue
        if row.required and not any(c.required for c in found):
            yield Drift(f"{prefix} required: docs required, spec optional", where)
        if not row.required and all(c.required for c in found):
            yield Drift(f"{prefix} required: docs optional, spec required", where)
        if row.type and all(c.types and row.type not in c.types for c in found):
            spec_types = "/".join(sorted(set().union(*(c.types for c in found))))
            yield Drift(f"{prefix} type: docs {row.type}, spec {spec_types}", where)
        sized = [
            c for c in found if not c.types or c.types & {"string", "array"}
        ]  # a length only means something there
        if (
            row.max_length is not None
            and sized
            and not any(row.max_length in (c.max_length, c.max_items, c.item_max_length) for c in sized)
        ):
            limits = sorted({str(c.max_length or c.max_items or "none") for c in sized})
            yield Drift(f"{prefix} maxLength: docs {row.max_length}, spec {'/'.join(limits)}", where)


# --- the comparison --------------------------------------------------------------------------


def acknowledgements(spec: spec_views.Spec) -> dict[str, str]:
    """The spec's ``x-docs-drift`` block: acknowledged drift id → reason."""
    acknowledged = {}
    for entry in spec.get("x-docs-drift") or []:
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("reason"):
            raise ValueError(f"x-docs-drift entries need an id and a reason: {entry!r}")
        acknowledged[str(entry["id"])] = str(entry["reason"])
    return acknowledged


def docs_files(vendor: str) -> tuple[str, ...]:
    """The docs snapshot files of a vendor, from its record (``specs/<vendor>.toml``)."""
    if vendor not in VENDORS:
        raise ValueError(f"{vendor}: no vendor record specs/{vendor}.toml, so no docs snapshot to compare with")
    return VENDORS[vendor].docs


def compare(target: Target, docs_dir: Path = DOCS_DIR, files: tuple[str, ...] | None = None) -> Report:
    """Compare one spec with its vendor's docs snapshot."""
    files = files if files is not None else docs_files(target.vendor)
    spec = spec_views.load(target.path)
    operations = spec_operations(spec)
    bases = base_patterns(spec)
    report = Report(target, files, spec_operations=len(operations))
    if not files:
        return report  # no docs snapshot (``docs = []`` in the record): nothing to compare with
    named: set[str] = set()
    for name in files:
        for documented in docs_formats.read(docs_dir / name, bases):
            report.documented += 1
            found = [operation for operation in operations if matches(documented, operation)]
            if not found:
                report.drift.append(Drift(f"missing-operation {documented.label}", documented.source))
                continue
            named.update(operation.operation_id for operation in found)
            if documented.fields:
                for operation in found:
                    report.drift.extend(compare_fields(spec, operation, documented.fields, name))
    for operation in operations:
        if operation.operation_id in named:
            continue
        where = operation.path or "webhook"
        if operation.confidence in EXPECTED_UNDOCUMENTED:
            report.expected.append(f"{operation.operation_id} ({operation.method} {where}; {operation.confidence})")
        else:
            report.drift.append(
                Drift(
                    f"undocumented-operation {operation.operation_id}",
                    f"{operation.method} {where}; {operation.confidence}",
                )
            )
    acknowledged = acknowledgements(spec)
    for item in report.drift:
        item.acknowledged = acknowledged.get(item.id)
    ids = {item.id for item in report.drift}
    report.stale = sorted(set(acknowledged) - ids)
    return report


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: one report per spec; exit 1 on drift a spec does not acknowledge."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="*", help="vendor names or spec files (default: every active vendor)")
    parser.add_argument("--docs-dir", type=Path, default=DOCS_DIR, help="the documentation snapshot folder")
    args = parser.parse_args(argv)
    try:
        targets = resolve(args.specs)
    except ValueError as error:
        parser.error(str(error))
    needs_docs = any(target.vendor not in VENDORS or VENDORS[target.vendor].docs for target in targets)
    if needs_docs and not args.docs_dir.is_dir():
        parser.error(f"no documentation snapshot at {args.docs_dir} (the vendor docs sit beside the project)")
    started = time.perf_counter()
    failing = 0
    for target in targets:
        report = compare(target, args.docs_dir)
        print(report.render())
        failing += len(report.failing)
    print(
        f"compared {len(targets)} spec(s) in {time.perf_counter() - started:.1f}s: "
        f"{failing or 'no'} unacknowledged drift item(s)"
    )
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
