"""What spec changes do to importing code: ``python -m scripts.generation.changelog [--rev REV] [vendor|spec ...]``.

Compares each spec (every active vendor by default) with its version at a git revision
(default ``HEAD``, the last commit) and prints a changelog: operations, parameters,
request and response fields and models added, removed and changed, each classed

* **breaking** (major): a removed operation, field, parameter or model; a new required
  parameter or request field; a narrowed request type, a widened response type; a changed
  path or method; a renamed operation or model;
* **minor**: additions (operations, optional parameters and fields, response fields, models),
  a widened request type, a request field no longer required;
* **patch**: the same structure with other text (descriptions, summaries, examples).

Both sides are compared as the generator sees them (``spec_views.client_view``), so wire
details the package adds by itself (the signed envelope) do not count. ``scripts.generation.generate``
uses the same comparison to version each package and update its CHANGELOG.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from scripts.spec import views as spec_views
from scripts.spec.targets import resolve
from scripts.vendors import ROOT

LEVELS = ("breaking", "minor", "patch")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STRUCTURAL_NOISE = {"description", "summary", "example", "examples", "title", "externalDocs", "deprecated"}
_LIMITS_UPPER = ("maxLength", "maxItems", "maximum", "exclusiveMaximum", "maxProperties")
_LIMITS_LOWER = ("minLength", "minItems", "minimum", "exclusiveMinimum", "minProperties")


@dataclass(frozen=True, order=True)
class Change:
    """One change, its class for importing code, and what it is about."""

    level: str  # breaking | minor | patch
    kind: str  # operation | model
    subject: str  # operationId or model name
    text: str

    def render(self) -> str:
        """One changelog line (the section heading gives the level)."""
        return f"- `{self.subject}`: {self.text}"


# --- schemas --------------------------------------------------------------------------------


def _types(schema: dict[str, Any]) -> set[str] | None:
    kind = schema.get("type")
    if kind is None:
        return None  # any type
    types = set(kind) if isinstance(kind, list) else {str(kind)}
    if schema.get("nullable"):
        types.add("null")
    if "integer" in types:
        types.add("integer")
    return types


def _accepts(old: dict[str, Any], new: dict[str, Any]) -> tuple[bool, bool]:
    """(new accepts less than old, new accepts more than old) for the schema's own constraints."""
    narrower = wider = False
    old_types, new_types = _types(old), _types(new)
    if old_types != new_types:
        if old_types is None:
            narrower = True
        elif new_types is None:
            wider = True
        else:
            expand_old = old_types | ({"integer"} if "number" in old_types else set())
            expand_new = new_types | ({"integer"} if "number" in new_types else set())
            narrower |= not expand_old <= expand_new
            wider |= not expand_new <= expand_old
    old_enum, new_enum = old.get("enum"), new.get("enum")
    if old_enum != new_enum:
        if old_enum is None:
            narrower = True
        elif new_enum is None:
            wider = True
        else:
            narrower |= not set(map(str, old_enum)) <= set(map(str, new_enum))
            wider |= not set(map(str, new_enum)) <= set(map(str, old_enum))
    for key in _LIMITS_UPPER + _LIMITS_LOWER:
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        upper = key in _LIMITS_UPPER
        if before is None:
            narrower = True
        elif after is None:
            wider = True
        elif (after < before) == upper:
            narrower = True
        else:
            wider = True
    for key in ("pattern", "format", "const"):
        if old.get(key) != new.get(key):
            narrower |= new.get(key) is not None
            wider |= old.get(key) is not None
    return narrower, wider


def _merge(spec: spec_views.Spec, schema: Any, seen: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Inline ``allOf`` members (resolving their refs): the generator merges them into one model."""
    if not isinstance(schema, dict):
        return {}
    members = schema.get("allOf")
    if not members:
        return schema
    merged: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
    properties: dict[str, Any] = dict(merged.get("properties") or {})
    required: list[str] = list(merged.get("required") or [])
    for member in members:
        ref = member.get("$ref") if isinstance(member, dict) else None
        if ref in seen:
            continue
        part = _merge(spec, _resolve(spec, member), seen | ({ref} if ref else set()))
        properties.update(part.get("properties") or {})
        required += [name for name in part.get("required") or [] if name not in required]
        for key, value in part.items():
            if key not in {"properties", "required"}:
                merged.setdefault(key, value)
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def _resolve(spec: spec_views.Spec, schema: Any) -> Any:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#/"):
        target: Any = spec
        for part in schema["$ref"][2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {})
        return target
    return schema


def _model_name(schema: Any) -> str | None:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    return None


class _Differ:
    """Compares two client views; yields Changes."""

    def __init__(self, old: spec_views.Spec, new: spec_views.Spec) -> None:
        self.old, self.new = old, new

    def schema(self, old: Any, new: Any, where: str, direction: str, kind: str, subject: str) -> Iterator[Change]:
        """Compare two schemas as seen by importing code (direction: request, response or model)."""
        old_ref, new_ref = _model_name(old), _model_name(new)
        if old_ref or new_ref:
            if old_ref == new_ref:
                return  # the model itself is compared once, under models
            if old_ref and new_ref:
                yield Change("breaking", kind, subject, f"{where}: model `{old_ref}` replaced by `{new_ref}`")
                return
            yield Change(
                "breaking",
                kind,
                subject,
                f"{where}: type changed to {'model `' + str(new_ref) + '`' if new_ref else 'an inline schema'}",
            )
            return
        old, new = _merge(self.old, old), _merge(self.new, new)
        narrower, wider = _accepts(old, new)
        if narrower or wider:
            verb = "changed" if narrower and wider else "narrowed" if narrower else "widened"
            text = f"{where}: type {verb} ({_describe(old)} -> {_describe(new)})"
            if narrower and wider:
                level = "breaking"
            elif direction == "request":
                level = "breaking" if narrower else "minor"
            elif direction == "response":
                level = "minor" if narrower else "breaking"
            else:
                level = "breaking"
            yield Change(level, kind, subject, text)
        yield from self._properties(old, new, where, direction, kind, subject)
        for key in ("items", "additionalProperties"):
            if isinstance(old.get(key), dict) or isinstance(new.get(key), dict):
                yield from self.schema(old.get(key) or {}, new.get(key) or {}, f"{where}[]", direction, kind, subject)
        for key in ("oneOf", "anyOf"):
            if json.dumps(old.get(key), sort_keys=True) != json.dumps(new.get(key), sort_keys=True):
                yield Change("breaking", kind, subject, f"{where}: {key} alternatives changed")

    def _properties(
        self, old: dict[str, Any], new: dict[str, Any], where: str, direction: str, kind: str, subject: str
    ) -> Iterator[Change]:
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        prefix = f"{where}." if where else ""
        for name in sorted(set(old_props) - set(new_props)):
            yield Change("breaking", kind, subject, f"field `{prefix}{name}` removed")
        for name in sorted(set(new_props) - set(old_props)):
            required = name in new_required
            level = "breaking" if required and direction != "response" else "minor"
            yield Change(level, kind, subject, f"{'required' if required else 'optional'} field `{prefix}{name}` added")
        for name in sorted(set(old_props) & set(new_props)):
            was, now = name in old_required, name in new_required
            if was != now:
                loosened = was and not now
                if direction == "request":
                    level = "minor" if loosened else "breaking"
                elif direction == "response":
                    level = "breaking" if loosened else "minor"
                else:
                    level = "breaking"
                yield Change(
                    level,
                    kind,
                    subject,
                    f"field `{prefix}{name}` {'no longer required' if loosened else 'now required'}",
                )
            yield from self.schema(old_props[name], new_props[name], f"{prefix}{name}", direction, kind, subject)


def _describe(schema: dict[str, Any]) -> str:
    parts = ["/".join(sorted(_types(schema) or {"any"}))]
    parts += [f"{key} {schema[key]}" for key in (*_LIMITS_UPPER, *_LIMITS_LOWER, "format", "pattern") if key in schema]
    if "enum" in schema:
        parts.append(f"enum {len(schema['enum'])} values")
    return ", ".join(parts)


# --- operations and models ------------------------------------------------------------------


def _operations(spec: spec_views.Spec) -> dict[str, tuple[str, str, dict[str, Any]]]:
    found = {}
    for method, path, operation in spec_views.operations(spec):
        found[str(operation.get("operationId") or f"{method} {path}")] = (method, path, operation)
    for name, item in (spec.get("webhooks") or {}).items():
        for method in spec_views.HTTP_METHODS:
            if isinstance(item.get(method), dict):
                operation = item[method]
                found[str(operation.get("operationId") or f"webhook {name}")] = (
                    method.upper(),
                    f"webhook {name}",
                    operation,
                )
    return found


def _parameters(spec: spec_views.Spec, path: str, operation: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    item = (spec.get("paths") or {}).get(path) or {}
    found = {}
    for parameter in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        parameter = _resolve(spec, parameter)
        found[(str(parameter.get("in")), str(parameter.get("name")))] = parameter
    return found


def _body(spec: spec_views.Spec, operation: dict[str, Any], status: str | None = None) -> dict[str, Any]:
    """Schemas by media type of the request body (status None) or of one response."""
    if status is None:
        container = _resolve(spec, operation.get("requestBody")) or {}
    else:
        container = _resolve(spec, (operation.get("responses") or {}).get(status)) or {}
    return {media: content.get("schema") or {} for media, content in (container.get("content") or {}).items()}


def _shape(value: Any) -> Any:
    """The structure of a spec fragment without its prose and examples."""
    if isinstance(value, dict):
        return {
            key: _shape(item)
            for key, item in value.items()
            if key not in _STRUCTURAL_NOISE and not str(key).startswith("x-")
        }
    if isinstance(value, list):
        return [_shape(item) for item in value]
    return value


def _same(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True, default=str) == json.dumps(b, sort_keys=True, default=str)


def _without_extensions(spec: spec_views.Spec) -> spec_views.Spec:
    """The spec without its top-level ``x-`` blocks (x-docs-drift, x-discrepancies: they reach no code)."""
    return {key: value for key, value in spec.items() if not str(key).startswith("x-")}


def _usage(spec: spec_views.Spec) -> dict[str, set[str]]:
    """Which components feed requests and which responses (a model may serve both)."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    used: dict[str, set[str]] = {}

    def visit(node: Any, direction: str) -> None:
        if isinstance(node, dict):
            name = _model_name(node)
            if name is not None:
                if direction in used.setdefault(name, set()):
                    return
                used[name].add(direction)
                visit(schemas.get(name), direction)
            for key, value in node.items():
                if key != "$ref":
                    visit(value, direction)
        elif isinstance(node, list):
            for value in node:
                visit(value, direction)

    for _id, (_method, path, operation) in _operations(spec).items():
        visit(operation.get("requestBody"), "request")
        visit(list(_parameters(spec, path, operation).values()) if not path.startswith("webhook") else [], "request")
        visit(operation.get("responses"), "response")
    return used


def diff(old: spec_views.Spec, new: spec_views.Spec) -> list[Change]:
    """Every change from ``old`` to ``new`` (raw specs; compared as the generator sees them)."""
    if old == new:  # regenerated for its overrides, templates or a comment: nothing to compare
        return []
    old_view, new_view = spec_views.client_view(old), spec_views.client_view(new)
    differ = _Differ(old_view, new_view)
    changes: list[Change] = []
    old_ops, new_ops = _operations(old_view), _operations(new_view)
    removed, added = set(old_ops) - set(new_ops), set(new_ops) - set(old_ops)
    for name in sorted(removed):
        method, path, _ = old_ops[name]
        renamed = [other for other in added if new_ops[other][:2] == (method, path)]
        if renamed:
            added.discard(renamed[0])
            changes.append(
                Change(
                    "breaking", "operation", name, f"renamed to `{renamed[0]}` ({method} {path}): its module is renamed"
                )
            )
        else:
            changes.append(Change("breaking", "operation", name, f"removed ({method} {path})"))
    for name in sorted(added):
        method, path, _ = new_ops[name]
        changes.append(Change("minor", "operation", name, f"added ({method} {path})"))
    raw_old, raw_new = _operations(old), _operations(new)  # the client view drops request examples
    for name in sorted(set(old_ops) & set(new_ops)):
        found = _operation(differ, name, old_ops[name], new_ops[name])
        if not found and name in raw_old and name in raw_new and not _same(raw_old[name], raw_new[name]):
            found = [Change("patch", "operation", name, "description, summary, examples or extensions changed")]
        changes += found
    changes += _models(differ, old_view, new_view)
    if not changes and not _same(_without_extensions(old), _without_extensions(new)):
        changes.append(Change("patch", "operation", "(spec)", "descriptions, examples or other text changed"))
    return sorted(set(changes), key=lambda c: (LEVELS.index(c.level), c.kind, c.subject, c.text))


def _operation(
    differ: _Differ, name: str, old: tuple[str, str, dict[str, Any]], new: tuple[str, str, dict[str, Any]]
) -> list[Change]:
    (old_method, old_path, old_op), (new_method, new_path, new_op) = old, new
    changes = []
    if (old_method, old_path) != (new_method, new_path):
        changes.append(
            Change("breaking", "operation", name, f"moved from {old_method} {old_path} to {new_method} {new_path}")
        )
    old_params, new_params = _parameters(differ.old, old_path, old_op), _parameters(differ.new, new_path, new_op)
    for key in sorted(set(old_params) - set(new_params)):
        changes.append(Change("breaking", "operation", name, f"{key[0]} parameter `{key[1]}` removed"))
    for key in sorted(set(new_params) - set(old_params)):
        required = bool(new_params[key].get("required"))
        changes.append(
            Change(
                "breaking" if required else "minor",
                "operation",
                name,
                f"{'required' if required else 'optional'} {key[0]} parameter `{key[1]}` added",
            )
        )
    for key in sorted(set(old_params) & set(new_params)):
        was, now = bool(old_params[key].get("required")), bool(new_params[key].get("required"))
        if was != now:
            changes.append(
                Change(
                    "minor" if was else "breaking",
                    "operation",
                    name,
                    f"{key[0]} parameter `{key[1]}` {'no longer required' if was else 'now required'}",
                )
            )
        changes += differ.schema(
            old_params[key].get("schema") or {},
            new_params[key].get("schema") or {},
            f"{key[0]} parameter `{key[1]}`",
            "request",
            "operation",
            name,
        )
    old_body, new_body = _body(differ.old, old_op), _body(differ.new, new_op)
    if old_body and not new_body:
        changes.append(Change("breaking", "operation", name, "request body removed"))
    elif new_body and not old_body:
        changes.append(Change("breaking", "operation", name, "request body added (a new required argument)"))
    for media in sorted(set(old_body) & set(new_body)):
        changes += differ.schema(old_body[media], new_body[media], "request body", "request", "operation", name)
    for media in sorted(set(old_body) ^ set(new_body)) if old_body and new_body else []:
        changes.append(
            Change(
                "breaking",
                "operation",
                name,
                f"request media type `{media}` {'removed' if media in old_body else 'added'}",
            )
        )
    old_responses, new_responses = old_op.get("responses") or {}, new_op.get("responses") or {}
    for status in sorted(set(old_responses) - set(new_responses)):
        changes.append(Change("breaking", "operation", name, f"response {status} removed"))
    for status in sorted(set(new_responses) - set(old_responses)):
        changes.append(Change("minor", "operation", name, f"response {status} added"))
    for status in sorted(set(old_responses) & set(new_responses)):
        old_media, new_media = _body(differ.old, old_op, status), _body(differ.new, new_op, status)
        for media in sorted(set(old_media) & set(new_media)):
            changes += differ.schema(
                old_media[media], new_media[media], f"response {status}", "response", "operation", name
            )
        for media in sorted(set(old_media) ^ set(new_media)):
            changes.append(
                Change(
                    "breaking" if media in old_media else "minor",
                    "operation",
                    name,
                    f"response {status} media type `{media}` {'removed' if media in old_media else 'added'}",
                )
            )
    if not changes and not _same(old_op, new_op):
        changes.append(Change("patch", "operation", name, "description, summary, examples or extensions changed"))
    return changes


def _models(differ: _Differ, old: spec_views.Spec, new: spec_views.Spec) -> list[Change]:
    old_models = (old.get("components") or {}).get("schemas") or {}
    new_models = (new.get("components") or {}).get("schemas") or {}
    usage = _usage(new) | {name: uses for name, uses in _usage(old).items() if name not in new_models}
    changes = []
    removed, added = set(old_models) - set(new_models), set(new_models) - set(old_models)
    for name in sorted(removed):
        twin = next(
            (other for other in sorted(added) if _same(_shape(old_models[name]), _shape(new_models[other]))), None
        )
        if twin:
            added.discard(twin)
            changes.append(Change("breaking", "model", name, f"renamed to `{twin}`"))
        else:
            changes.append(Change("breaking", "model", name, "removed"))
    for name in sorted(added):
        changes.append(Change("minor", "model", name, "added"))
    for name in sorted(set(old_models) & set(new_models)):
        uses = usage.get(name, set())
        direction = next(iter(uses)) if len(uses) == 1 else "model"
        found = list(differ.schema(old_models[name], new_models[name], "", direction, "model", name))
        changes += [Change(c.level, c.kind, c.subject, c.text.removeprefix(": ")) for c in found]
        if not found and not _same(old_models[name], new_models[name]):
            changes.append(Change("patch", "model", name, "changed without a type change (text, examples, details)"))
    return changes


# --- versions and rendering -------------------------------------------------------------------


def level_of(changes: Iterable[Change]) -> str | None:
    """The bump a set of changes calls for: breaking, minor, patch, or None for no change."""
    levels = {change.level for change in changes}
    return next((level for level in LEVELS if level in levels), None)


def bump(version: str, level: str | None) -> str:
    """The next semantic version: breaking → major, minor → minor, patch → patch."""
    parts = [int(part) for part in [*version.split("."), "0", "0"][:3]]
    if level == "breaking":
        return f"{parts[0] + 1}.0.0"
    if level == "minor":
        return f"{parts[0]}.{parts[1] + 1}.0"
    if level == "patch":
        return f"{parts[0]}.{parts[1]}.{parts[2] + 1}"
    return ".".join(map(str, parts))


def render(changes: list[Change], heading: str) -> str:
    """A Markdown changelog section: breaking first, then minor, then patch."""
    lines = [f"## {heading}", ""]
    if not changes:
        lines.append("No change for importing code.")
    for level in LEVELS:
        chosen = [change for change in changes if change.level == level]
        if chosen:
            lines.append({"breaking": "### Breaking", "minor": "### Added", "patch": "### Fixed"}[level])
            lines.extend(change.render() for change in chosen)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def spec_at(revision: str, path: Path) -> spec_views.Spec | None:
    """The spec file at a git revision, or None when it did not exist there."""
    relative = path.resolve().relative_to(ROOT)
    result = subprocess.run(
        ["git", "show", f"{revision}:{relative.as_posix()}"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    if result.returncode != 0:
        return None
    document = yaml.load(result.stdout, Loader=_LOADER)  # noqa: S506  (a safe loader, the C one when built)
    return document if isinstance(document, dict) else None


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: print (or write) the changelog of each spec since REV."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="*", help="vendor names or spec files (default: every active vendor)")
    parser.add_argument("--rev", default="HEAD", help="git revision to compare with (default: HEAD)")
    parser.add_argument("--output", type=Path, help="also write the changelog to this Markdown file")
    args = parser.parse_args(argv)
    try:
        targets = resolve(args.specs)
    except ValueError as error:
        parser.error(str(error))
    started = time.perf_counter()
    sections = []
    for target in targets:
        new = spec_views.load(target.path)
        old = spec_at(args.rev, target.path)
        if old is None:
            sections.append(f"## {target.vendor}\n\nNot in {args.rev}: every operation is new.\n")
            continue
        changes = diff(old, new)
        level = level_of(changes)
        heading = f"{target.vendor}: {args.rev} -> working tree ({level or 'no'} change, {datetime.date.today()})"
        sections.append(render(changes, heading))
    text = "\n".join(sections)
    print(text, end="")
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    print(f"compared {len(targets)} spec(s) with {args.rev} in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
