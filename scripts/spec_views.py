"""Views of one hand-written spec, each for one consumer.

The spec in ``specs/`` describes the wire. Three consumers need it slightly bent:

* the generator gets the *client view*: components marked ``x-injected-by`` (the
  SALESmanago auth envelope) are dropped from request bodies, because the override
  injects them; fields listed in ``x-client-defaults`` stop being required, because
  the override fills them from the client's configuration; and "at least one of these
  fields" rules (``anyOf`` of bare ``required`` lists) are dropped, because
  openapi-python-client would type such a body as ``Any`` — the package still enforces
  them, since it validates requests against the wire schema;
* Prism gets the *mock view*: multipart parts encoded as JSON become JSON strings,
  since Prism validates multipart fields as plain strings (stoplightio/prism#2008, #2380),
  and ``format: int64`` is dropped, since Prism holds int64 values to JavaScript's
  safe-integer range (2^53 - 1) and would reject valid larger ones;
* the installed package gets the *wire manifest*: for each operation its method, path,
  operation-level server and request schema, used to route and validate requests
  before anything is sent.
"""

from __future__ import annotations

import copy
import json
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
Spec = dict[str, Any]


def load(path: Path) -> Spec:
    """Read a YAML or JSON OpenAPI document."""
    with path.open(encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=_LOADER)  # noqa: S506  (a safe loader, the C one when built)
    if not isinstance(document, dict):
        raise ValueError(f"{path}: not an OpenAPI document")
    return typing.cast(Spec, document)


def operations(spec: Spec) -> list[tuple[str, str, dict[str, Any]]]:
    """Every operation as (METHOD, path, operation object), in document order."""
    found = []
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if method in item:
                found.append((method.upper(), path, item[method]))
    return found


def _injected_components(spec: Spec) -> set[str]:
    schemas = spec.get("components", {}).get("schemas", {})
    return {name for name, schema in schemas.items() if schema.get("x-injected-by")}


def _ref(name: str) -> str:
    return f"#/components/schemas/{name}"


def _only_injected(schema: dict[str, Any], injected_refs: set[str]) -> bool:
    members = schema.get("allOf", [schema])
    return bool(injected_refs) and all(member.get("$ref") in injected_refs for member in members)


def _strip_injected(schema: dict[str, Any], injected_refs: set[str]) -> dict[str, Any]:
    """Drop injected components from an ``allOf``; a lone survivor replaces the allOf."""
    members: list[dict[str, Any]] = schema.get("allOf") or []
    if not members:
        return schema
    kept = [member for member in members if member.get("$ref") not in injected_refs]
    if len(kept) == len(members):
        return schema
    rest = {key: value for key, value in schema.items() if key != "allOf"}
    if len(kept) == 1 and not rest:
        return kept[0]
    return {**rest, "allOf": kept}


def _request_media(spec: Spec) -> list[dict[str, Any]]:
    media = []
    for _method, _path, operation in operations(spec):
        for content in (operation.get("requestBody") or {}).get("content", {}).values():
            media.append(content)
    return media


def client_view(spec: Spec) -> Spec:
    """The document the generator sees (see the module docstring)."""
    view = copy.deepcopy(spec)
    injected = _injected_components(view)
    injected_refs = {_ref(name) for name in injected}
    defaults = set(view.get("x-client-defaults") or {})
    schemas = view.get("components", {}).get("schemas", {})
    for _method, _path, operation in operations(view):
        body = operation.get("requestBody") or {}
        if any(_only_injected(media.get("schema") or {}, injected_refs) for media in body.get("content", {}).values()):
            del operation["requestBody"]  # nothing for the caller to pass: the override writes the whole body
    for media in _request_media(view):
        schema = media.get("schema")
        if not schema:
            continue
        media["schema"] = _strip_injected(schema, injected_refs)
        for prop_name, prop in list(media["schema"].get("properties", {}).items()):
            media["schema"]["properties"][prop_name] = _strip_injected(prop, injected_refs)
        media.pop("examples", None)
        media.pop("example", None)
    if defaults:
        for schema in _request_body_schemas(view):
            required = [name for name in schema.get("required", []) if name not in defaults]
            if required:
                schema["required"] = required
            else:
                schema.pop("required", None)
    for name in injected:
        del schemas[name]
    _walk(view, _drop_required_only_combinators)
    return view


def _walk(node: Any, visit: Callable[[dict[str, Any]], None]) -> None:
    """Call ``visit`` on every mapping of a document, parents first."""
    if isinstance(node, dict):
        visit(node)
        for value in node.values():
            _walk(value, visit)
    elif isinstance(node, list):
        for value in node:
            _walk(value, visit)


def _drop_required_only_combinators(node: dict[str, Any]) -> None:
    for key in ("anyOf", "oneOf"):
        members = node.get(key)
        if isinstance(members, list) and members and all(set(m) == {"required"} for m in members):
            del node[key]


def _request_body_schemas(spec: Spec) -> list[dict[str, Any]]:
    """The top-level object schemas of JSON request bodies (resolved through one $ref)."""
    schemas = spec.get("components", {}).get("schemas", {})
    found: list[dict[str, Any]] = []
    for media in _request_media(spec):
        schema = media.get("schema") or {}
        candidates = schema.get("allOf", [schema])
        for candidate in candidates:
            ref = candidate.get("$ref", "")
            target = schemas.get(ref.rsplit("/", 1)[-1]) if ref else candidate
            if target is not None and target not in found:
                found.append(target)
    return found


def mock_view(spec: Spec) -> Spec:
    """The document Prism serves (see the module docstring)."""
    view = copy.deepcopy(spec)
    for media in _request_media(view):
        for part in _json_parts(media):
            original = media["schema"]["properties"][part]
            media["schema"]["properties"][part] = {
                "type": "string",
                "contentMediaType": "application/json",
                "description": "JSON document (validated in-process; Prism reads parts as strings)",
                "x-content-schema": original,
            }
    _walk(view, _drop_int64_format)
    return view


def _drop_int64_format(node: dict[str, Any]) -> None:
    if node.get("format") == "int64":
        del node["format"]


def _json_parts(media: dict[str, Any]) -> list[str]:
    encoding = media.get("encoding") or {}
    return sorted(
        name for name, spec in encoding.items() if str(spec.get("contentType", "")).startswith("application/json")
    )


def wire_manifest(spec: Spec) -> dict[str, Any]:
    """What the installed package needs to route and validate requests."""
    ops = []
    for method, path, operation in operations(spec):
        path_item = spec["paths"][path]
        servers = operation.get("servers") or path_item.get("servers") or []
        body: dict[str, Any] | None = None
        for media_type, media in (operation.get("requestBody") or {}).get("content", {}).items():
            body = {
                "media_type": media_type,
                "schema": media.get("schema", {}),
                "json_parts": _json_parts(media),
            }
            break
        ops.append(
            {
                "operation_id": operation.get("operationId"),
                "method": method,
                "path": path,
                "server": servers[0]["url"] if servers else None,
                "body": body,
                "idempotent": idempotent(method, operation),
                "responses": _response_media(spec, operation),
                "query": _query_parameters(spec, path_item, operation),
                "path_params": _query_parameters(spec, path_item, operation, "path"),
            }
        )
    return {
        "title": spec.get("info", {}).get("title"),
        "servers": [server["url"] for server in spec.get("servers", [])],
        "client_defaults": sorted(spec.get("x-client-defaults") or {}),
        "operations": ops,
        "components": {"schemas": spec.get("components", {}).get("schemas", {})},
    }


def idempotent(method: str, operation: dict[str, Any]) -> bool:
    """Whether sending an operation twice is harmless: ``x-idempotent`` if set, else by method (RFC 9110 9.2.2)."""
    declared = operation.get("x-idempotent")
    if isinstance(declared, bool):
        return declared
    return method.upper() in {"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"}


def _query_parameters(
    spec: Spec, path_item: dict[str, Any], operation: dict[str, Any], location: str = "query"
) -> list[dict[str, Any]]:
    """The operation's query (or path) parameters, path-level ones included: name, required, schema."""
    shared = spec.get("components", {}).get("parameters", {})
    found: dict[str, dict[str, Any]] = {}
    for parameter in [*path_item.get("parameters", []), *operation.get("parameters", [])]:
        ref = parameter.get("$ref", "")
        if ref:
            parameter = shared.get(ref.rsplit("/", 1)[-1], {})
        if parameter.get("in") == location:
            found[parameter["name"]] = {
                "name": parameter["name"],
                "required": bool(parameter.get("required")),
                "schema": parameter.get("schema", {}),
            }
    return list(found.values())


def _response_media(spec: Spec, operation: dict[str, Any]) -> dict[str, str | None]:
    """Each documented status and the media type of its body (the first listed; None for no body)."""
    shared = spec.get("components", {}).get("responses", {})
    media: dict[str, str | None] = {}
    for status, response in (operation.get("responses") or {}).items():
        ref = (response or {}).get("$ref", "")
        if ref:
            response = shared.get(ref.rsplit("/", 1)[-1], {})
        content = (response or {}).get("content") or {}
        media[str(status)] = next(iter(content), None)
    return media


def dump_yaml(document: Spec, path: Path) -> None:
    """Write a document as YAML, keeping key order (so output is deterministic)."""
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")


def dump_json(document: Any, path: Path) -> None:
    """Write a document as stable, human-diffable JSON."""
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
