"""The traffic-drift report: recorded exchanges checked against each vendor's spec.

Each item has an id like the docs-drift report's; a spec acknowledges known ones in its
top-level ``x-traffic-drift: [{id, reason}]``. Kinds:

* ``operation-missing: METHOD /path`` — the spec has no such operation (numeric path segments
  are shown as ``{n}``);
* ``request-rejected: op: field: rule`` — openapi-core rejects the request against the spec;
* ``status-undocumented: op STATUS`` and ``content-type-undocumented: op STATUS MEDIA``;
* ``field-undocumented: op STATUS path`` — a response field no schema describes;
* ``type-undocumented: op STATUS path`` / ``enum-value-undocumented: op STATUS path`` /
  ``response-rejected: op STATUS path: rule`` — a response value the schema does not allow;
* ``confirmed: op (observed|inferred)`` — an operation the spec marks observed or inferred
  that answered with 2xx, and ``confirmed: op ?param`` for its query parameters: a summary for
  raising ``x-confidence``, never a failure.

    python -m scripts.traffic FILE.har ... [--vendor V]
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import httpx
from openapi_core.exceptions import OpenAPIError
from openapi_core.testing import MockRequest, MockResponse

from scripts.spec import views as spec_views
from scripts.traffic.exchange import openapi
from scripts.traffic.har import Exchange
from scripts.traffic.recording_mask import MASK, SENSITIVE
from scripts.vendors import VENDORS

_VARIABLE = re.compile(r"\{[^}]+\}")
_NUMBER = re.compile(r"/[0-9]+(?=/|$)")


@dataclass(frozen=True)
class Route:
    """One operation of a spec, with what is needed to recognise its requests."""

    vendor: str
    method: str
    path: str
    operation: dict[str, Any]
    server: str  # the server URL with its variables at their defaults
    host: re.Pattern[str]
    pattern: re.Pattern[str]

    @property
    def operation_id(self) -> str:
        """The spec's operationId."""
        return str(self.operation["operationId"])


def _default(server: dict[str, Any]) -> str:
    url = str(server["url"])
    for name, variable in (server.get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(variable.get("default", "")))
    return url.rstrip("/")


@cache
def _spec(vendor: str) -> dict[str, Any]:
    """The vendor's spec, read once (a report checks every exchange against it)."""
    return spec_views.load(VENDORS[vendor].spec_path)


@cache
def routes(vendor: str) -> tuple[Route, ...]:
    """Every operation of a vendor's spec as a route."""
    spec = _spec(vendor)
    found = []
    for method, path, operation in spec_views.operations(spec):
        servers = (
            operation.get("servers") or spec["paths"][path].get("servers") or spec.get("servers") or [{"url": "/"}]
        )
        server = servers[0]
        host = urlsplit(_VARIABLE.sub("x", str(server["url"]))).netloc
        host_pattern = re.compile("^" + re.escape(host).replace("x", "[^/]+", 1 if "{" in server["url"] else 0) + "$")
        pattern = re.compile(
            "^" + _VARIABLE.sub("[^/]+", re.escape(path).replace(r"\{", "{").replace(r"\}", "}")) + "$"
        )
        found.append(Route(vendor, method, path, operation, _default(server), host_pattern, pattern))
    return tuple(found)


def vendor_of(exchange: Exchange) -> str | None:
    """The vendor whose servers the request went to, if any."""
    host = exchange.request.url.netloc.decode()
    for vendor in VENDORS:
        if any(route.host.match(host) for route in routes(vendor)):
            return vendor
    return None


def route_of(vendor: str, request: httpx.Request) -> tuple[Route | None, str]:
    """The route of a request and its spec-relative path (a mock serves the paths without the base path)."""
    path = request.url.path
    candidates = [path]
    for route in routes(vendor):
        base = urlsplit(route.server).path
        if base and path.startswith(base + "/"):
            candidates.insert(0, path[len(base) :])
    for candidate in candidates:
        for route in routes(vendor):
            if route.method == request.method and route.pattern.match(candidate):
                return route, candidate
    return None, candidates[0]


def _mock_request(route: Route, relative: str, request: httpx.Request) -> MockRequest:
    canonical = httpx.URL(route.server + relative)
    from werkzeug.datastructures import ImmutableMultiDict

    return MockRequest(
        f"{canonical.scheme}://{canonical.netloc.decode()}",
        request.method.lower(),
        canonical.path,
        args=ImmutableMultiDict(request.url.params.multi_items()),
        headers=dict(request.headers.items()),
        data=request.content or None,
        content_type=request.headers.get("content-type", ""),
    )


def _schema_errors(error: BaseException) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    name = getattr(error, "name", None)  # a parameter's error names the parameter
    cause: BaseException | None = error
    while cause is not None:
        for inner in getattr(cause, "schema_errors", None) or ():
            steps = [str(step) for step in getattr(inner, "absolute_path", ()) or ()]
            where = ".".join([name, *steps] if isinstance(name, str) else steps) or "<body>"
            found.append((where, str(getattr(inner, "validator", "schema"))))
        cause = cause.__cause__ or cause.__context__
    return found or [("<request>", type(error).__name__)]


def _json(content: bytes) -> Any:
    try:
        return json.loads(content) if content else None
    except ValueError:
        return None


def _at(document: Any, where: str) -> Any:
    """The value at a dotted path of a JSON document (None when absent)."""
    for step in where.split("."):
        if isinstance(document, dict):
            document = document.get(step)
        elif isinstance(document, list) and step.isdigit() and int(step) < len(document):
            document = document[int(step)]
        else:
            return None
    return document


def _masked(body: Any, where: str, content: bytes) -> bool:
    """Whether the value at ``where`` is a credential the recording masked (also inside multipart parts)."""
    if _at(body, where) == MASK:
        return True
    return body is None and SENSITIVE.search(where.rsplit(".", 1)[-1]) is not None and MASK.encode() in content


def _resolve(spec: dict[str, Any], schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _properties(spec: dict[str, Any], schema: Any) -> tuple[dict[str, Any], bool]:
    """The properties a schema names (through allOf/anyOf/oneOf) and whether it names any at all."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict):
        return {}, False
    names = dict(schema.get("properties") or {})
    described = "properties" in schema or isinstance(schema.get("additionalProperties"), dict)
    for key in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(key) or ():
            more, some = _properties(spec, member)
            names.update(more)
            described = described or some
    if isinstance(schema.get("additionalProperties"), dict) or schema.get("additionalProperties") is True:
        described = False  # a free map: any key is described
    return names, described


def _unknown_fields(spec: dict[str, Any], schema: Any, document: Any, where: str = "") -> list[str]:
    found: list[str] = []
    schema = _resolve(spec, schema)
    if isinstance(document, dict):
        names, described = _properties(spec, schema)
        for key, value in document.items():
            path = f"{where}.{key}" if where else key
            if key in names:
                found.extend(_unknown_fields(spec, names[key], value, path))
            elif described:
                found.append(path)
    elif isinstance(document, list) and isinstance(schema, dict):
        items = schema.get("items")
        if items is None:
            for key in ("anyOf", "oneOf"):
                for member in schema.get(key) or ():
                    member = _resolve(spec, member)
                    if isinstance(member, dict) and member.get("items"):
                        items = member["items"]
        if items is not None:
            for value in document[:20]:
                found.extend(_unknown_fields(spec, items, value, f"{where}[]"))
    return list(dict.fromkeys(found))


def _response_items(route: Route, relative: str, exchange: Exchange) -> list[str]:
    spec = _spec(route.vendor)
    op, status = route.operation_id, exchange.response.status_code
    responses = route.operation.get("responses") or {}
    key = next((k for k in (str(status), f"{str(status)[0]}XX", "default") if k in responses), None)
    if key is None:
        return [f"status-undocumented: {op} {status}"]
    response = responses[key]
    if "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    content = response.get("content") or {}
    media = exchange.response.headers.get("content-type", "").split(";")[0].strip()
    if not exchange.response.content:
        return []
    if content and media not in content:
        return [f"content-type-undocumented: {op} {status} {media or '<none>'}"]
    items: list[str] = []
    answer = MockResponse(
        exchange.response.content,
        status_code=status,
        headers=dict(exchange.response.headers.items()),
        content_type=media,
    )
    try:
        openapi(route.vendor).validate_response(_mock_request(route, relative, exchange.request), answer)
    except OpenAPIError as error:
        body = _json(exchange.response.content)
        for where, rule in _schema_errors(error):
            if _at(body, where) == MASK:
                continue
            if rule == "type":
                items.append(f"type-undocumented: {op} {status} {where}")
            elif rule == "enum":
                items.append(f"enum-value-undocumented: {op} {status} {where}")
            else:
                items.append(f"response-rejected: {op} {status} {where}: {rule}")
    if "json" in media:
        try:
            document = json.loads(exchange.response.content)
        except ValueError:
            return items
        schema = (content.get(media) or {}).get("schema")
        items.extend(f"field-undocumented: {op} {status} {path}" for path in _unknown_fields(spec, schema, document))
    return items


def check(exchange: Exchange, vendor: str) -> tuple[list[str], list[str]]:
    """(drift items, confirmations) of one exchange against a vendor's spec."""
    request = exchange.request
    route, relative = route_of(vendor, request)
    if route is None:
        return [f"operation-missing: {request.method} {_NUMBER.sub('/{n}', relative)}"], []
    items: list[str] = []
    try:
        openapi(vendor).validate_request(_mock_request(route, relative, request))
    except OpenAPIError as error:
        body = _json(request.content)
        items.extend(
            f"request-rejected: {route.operation_id}: {where}: {rule}"
            for where, rule in _schema_errors(error)
            if not _masked(body, where, request.content)  # a credential masked in the recording is no drift
        )
    items.extend(_response_items(route, relative, exchange))
    confirmed: list[str] = []
    confidence = route.operation.get("x-confidence")
    if confidence in ("observed", "inferred") and 200 <= exchange.response.status_code < 300 and not items:
        confirmed.append(f"confirmed: {route.operation_id} ({confidence})")
        confirmed.extend(
            f"confirmed: {route.operation_id} ?{name}" for name in dict.fromkeys(request.url.params.keys())
        )
    return items, confirmed


@dataclass
class Report:
    """Drift items and confirmations over many exchanges, per vendor."""

    items: Counter[tuple[str, str]]
    confirmed: Counter[tuple[str, str]]
    unknown_host: Counter[str]

    def unacknowledged(self) -> list[tuple[str, str]]:
        """Items no spec acknowledges in ``x-traffic-drift``."""
        known = {vendor: _acknowledged(vendor) for vendor in {vendor for vendor, _ in self.items}}
        return [(vendor, item) for vendor, item in self.items if item not in known[vendor]]

    def render(self) -> str:
        """The report as text: one line per item, ``!`` for unacknowledged ones."""
        lines: list[str] = []
        missing = set(self.unacknowledged())
        for vendor in sorted({vendor for vendor, _ in self.items} | {vendor for vendor, _ in self.confirmed}):
            lines.append(f"== {vendor}")
            for (owner, item), count in sorted(self.items.items()):
                if owner == vendor:
                    mark = "!" if (owner, item) in missing else "ok (acknowledged)"
                    lines.append(f"  {mark} {item}  [{count}x]")
            for (owner, item), count in sorted(self.confirmed.items()):
                if owner == vendor:
                    lines.append(f"  + {item}  [{count}x]")
        for host, count in sorted(self.unknown_host.items()):
            lines.append(f"  ? {host}: no vendor's servers (pass --vendor)  [{count}x]")
        total = sum(self.items.values())
        lines.append(f"{total} drift observation(s), {len(self.items)} item(s), {len(missing)} not acknowledged")
        return "\n".join(lines)


def _acknowledged(vendor: str) -> set[str]:
    spec = _spec(vendor)
    return {str(entry["id"]) for entry in spec.get("x-traffic-drift") or ()}


def build(exchanges: list[Exchange], vendor: str | None = None) -> Report:
    """Check every exchange (against ``vendor``'s spec, or the spec whose servers it went to)."""
    report = Report(Counter(), Counter(), Counter())
    for exchange in exchanges:
        owner = vendor or vendor_of(exchange)
        if owner is None:
            report.unknown_host[exchange.request.url.netloc.decode()] += 1
            continue
        items, confirmed = check(exchange, owner)
        report.items.update((owner, item) for item in dict.fromkeys(items))
        report.confirmed.update((owner, item) for item in confirmed)
    return report
