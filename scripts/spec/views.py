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
    _documented_form(view)
    return view


def sendable_view(spec: Spec) -> Spec:
    """The wire spec as the client sends it: documented forms only (what contract fuzzing draws from).

    Loosened schemas become their ``x-client-schema`` and ``x-evidence-only`` request media go;
    everything else (the auth envelope, client defaults) stays as on the wire.
    """
    view = copy.deepcopy(spec)
    _documented_form(view)
    return view


def _documented_form(view: Spec) -> None:
    _walk(view, _use_client_schema)
    for _method, _path, operation in operations(view):
        content = (operation.get("requestBody") or {}).get("content", {})
        for media_type in [name for name, media in content.items() if media.get("x-evidence-only")]:
            del content[media_type]


def _use_client_schema(node: dict[str, Any]) -> None:
    """Replace a loosened wire schema by the documented one it keeps for the client (``x-client-schema``)."""
    for key, value in list(node.items()):
        if isinstance(value, dict) and isinstance(value.get("x-client-schema"), dict):
            node[key] = copy.deepcopy(value["x-client-schema"])


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


def pin_success(view: Spec, success: typing.Iterable[tuple[str, Any]]) -> Spec:
    """A mock view whose in-band status fields always say success (``const``), so a dynamic mock's answers pass."""
    pinned = copy.deepcopy(view)
    fields = dict(success)

    def pin(node: dict[str, Any]) -> None:
        properties = node.get("properties")
        if isinstance(properties, dict):
            for name, value in fields.items():
                if isinstance(properties.get(name), dict):
                    properties[name] = {**properties[name], "const": value}

    if fields:
        _walk(pinned, pin)
    return pinned


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
        alternatives = []
        for media_type, media in (operation.get("requestBody") or {}).get("content", {}).items():
            if body is None and not media.get("x-evidence-only"):
                body = {"media_type": media_type, "schema": media.get("schema", {}), "json_parts": _json_parts(media)}
            else:
                alternatives.append({"media_type": media_type, "schema": media.get("schema", {})})
        if body is not None and alternatives:
            body["alternatives"] = alternatives  # encodings the API also takes; validated, never sent
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
                "security": security_requirements(spec, operation),
                "response_schemas": _response_schemas(spec, operation),
                "path_params": _query_parameters(spec, path_item, operation, "path"),
            }
        )
    return {
        "title": spec.get("info", {}).get("title"),
        "servers": [server["url"] for server in spec.get("servers", [])],
        "client_defaults": sorted(spec.get("x-client-defaults") or {}),
        "operations": ops,
        "components": {"schemas": spec.get("components", {}).get("schemas", {})},
        "security_schemes": security_schemes(spec),
        "pagination": [pagination(operation) for _m, _p, operation in operations(spec) if "x-pagination" in operation],
    }


_SCHEME_FIELDS = ("type", "scheme", "in", "name")


def security_schemes(spec: Spec) -> dict[str, dict[str, Any]]:
    """The spec's security schemes as the wire needs them: type and scheme/in/name, no descriptions."""
    schemes = spec.get("components", {}).get("securitySchemes") or {}
    return {
        name: {key: scheme[key] for key in _SCHEME_FIELDS if key in scheme}
        for name, scheme in schemes.items()
        if isinstance(scheme, dict)
    }


def security_requirements(spec: Spec, operation: dict[str, Any]) -> list[list[str]] | None:
    """An operation's security alternatives (its own, else the document's); None when neither says."""
    requirements = operation.get("security", spec.get("security"))
    if requirements is None:
        return None
    return [sorted(requirement) for requirement in requirements]


def pagination(operation: dict[str, Any]) -> dict[str, Any]:
    """An operation's ``x-pagination`` with the Python names the generator gives its module, arguments and fields."""
    from openapi_python_client.strings import PythonIdentifier  # the generator's own naming

    def name(wire: str) -> str:
        return str(PythonIdentifier(wire, prefix="field_"))

    record = {"in": "query", **operation["x-pagination"], "operation_id": operation["operationId"]}
    record["module"] = str(PythonIdentifier(operation["operationId"], prefix=""))
    record["arg"] = name(record["param"])
    record["limit_arg"] = name(record["limit_param"]) if record.get("limit_param") else None
    record["items_attrs"] = [name(part) for part in record["items"].split("/")[1:]]
    return record


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


def _response_schemas(spec: Spec, operation: dict[str, Any]) -> dict[str, Any]:
    """Each documented status with a JSON body and that body's schema."""
    shared = spec.get("components", {}).get("responses", {})
    found: dict[str, Any] = {}
    for status, response in (operation.get("responses") or {}).items():
        ref = (response or {}).get("$ref", "")
        if ref:
            response = shared.get(ref.rsplit("/", 1)[-1], {})
        for media_type, media in ((response or {}).get("content") or {}).items():
            if "json" in media_type and media.get("schema"):
                found[str(status)] = media["schema"]
                break
    return found


def dump_yaml(document: Spec, path: Path) -> None:
    """Write a document as YAML, keeping key order (so output is deterministic)."""
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")


def dump_json(document: Any, path: Path) -> None:
    """Write a document as stable, human-diffable JSON."""
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
