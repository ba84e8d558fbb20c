"""The wire manifest shipped in each package: operations, their servers and request schemas."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Any

import httpx

from .request_facts import kept

_PARAM = re.compile(r"\\\{[^/]+?\\\}")
SCHEMA_REF = "#/components/schemas/"
DRAFT = "http://json-schema.org/draft-07/schema#"
"""The JSON Schema draft the validators compile to (an OpenAPI 3.0 schema object is close to draft 7)."""
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


@dataclass(frozen=True)
class Operation:
    """One operation of the spec as the wire sees it."""

    operation_id: str
    method: str
    path: str
    server: str | None
    body: dict[str, Any] | None
    idempotent: bool | None = None
    """Safe to send twice: the spec's ``x-idempotent``, else true for GET, HEAD, OPTIONS, PUT, DELETE."""
    responses: dict[str, str | None] | None = None
    """Documented statuses (``200``, ``2XX``, ``default``) and the media type of their body (None: no body)."""
    query: list[dict[str, Any]] | None = None
    """Query parameters: ``name``, ``required`` and ``schema`` of each."""
    security: list[list[str]] | None = None
    """The spec's security requirements (the operation's, else the document's): alternatives, each the
    names of the schemes sent together; ``[]`` means no auth, an empty alternative makes auth optional."""
    response_schemas: dict[str, Any] | None = None
    """The JSON schema documented for each status with a JSON body (response validation, ``drift.py``)."""
    path_params: list[dict[str, Any]] | None = None
    """Path parameters, the same way."""

    def __post_init__(self) -> None:
        if self.idempotent is None:
            object.__setattr__(self, "idempotent", self.method.upper() in IDEMPOTENT_METHODS)

    def expects_json(self, status: int) -> bool:
        """Whether the spec documents a JSON body for this status (exact, then ``2XX``, then ``default``).

        An undocumented success status is read as the documented success: an HTML page under a 200
        where the spec promises a JSON 201 is no success.
        """
        documented = self.responses or {}
        keys = [str(status), f"{str(status)[0]}XX", "default"]
        if 200 <= status < 300:
            keys += sorted(key for key in documented if key.startswith("2"))
        for key in keys:
            if key in documented:
                media = documented[key]
                return media is not None and (media == "application/json" or media.endswith("+json"))
        return False

    def success_status(self) -> int:
        """The first success status the spec documents for this operation (200 when it names none)."""
        statuses = sorted(key for key in self.responses or {} if key.startswith("2") and key.isdigit())
        return int(statuses[0]) if statuses else 200

    @cached_property
    def json_statuses(self) -> dict[int, bool]:
        """Per status, whether the spec documents a JSON body for it (memo of the shared check, ``transport.py``)."""
        return {}

    @cached_property
    def template(self) -> re.Pattern[str]:
        """Matches the path a generated function writes, before httpx resolves it: one group per parameter.

        A parameter's group also takes an empty value (refused by the validator, not silently
        routed elsewhere).
        """
        parts = re.split(r"\{([^/{}]+)\}", self.path)
        pattern = "".join(
            re.escape(part) if index % 2 == 0 else f"(?P<p{index // 2}>[^/?#]*)" for index, part in enumerate(parts)
        )
        return re.compile(pattern)

    @cached_property
    def path_names(self) -> list[str]:
        """The path parameter names in the order the path template lists them."""
        return re.findall(r"\{([^/{}]+)\}", self.path)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Matches request paths of this operation (path templates match one segment)."""
        return re.compile("^" + _PARAM.sub("[^/]+", re.escape(self.path)) + "$")


RESOLVED = "vendor_resolved"
"""Request extension: ``Manifest.resolve``'s answer (``request_facts``), for a base URL and a manifest."""


_LOADED: dict[str, Manifest] = {}


class Manifest:
    """Looks operations up by method and path."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.servers: list[str] = document["servers"]
        self.client_defaults: list[str] = document["client_defaults"]
        self.components: dict[str, Any] = document["components"]
        self.security_schemes: dict[str, dict[str, Any]] = document.get("security_schemes", {})
        """Each security scheme of the spec: ``type`` and ``scheme``/``in``/``name`` where it has them."""
        self.env_prefix: str = document.get("env_prefix", "")
        """The prefix of the package's environment variables (the vendor record's)."""
        self.operations = [Operation(**op) for op in document["operations"]]
        self._exact = {(op.method, op.path): op for op in self.operations if "{" not in op.path}
        self.compiled: dict[tuple[str, str, str | None], Callable[[Any], Any]] = {}
        """The schema validators compiled so far, shared by every client on this manifest
        (``validation.RequestValidator``, ``drift.ResponseValidator``)."""

    @classmethod
    def for_package(cls, package: str) -> Manifest:
        """The manifest of an installed package (its ``_wire.json``), loaded once per process.

        Every client of a package shares it, and the validators compiled on it.
        """
        found = _LOADED.get(package)
        if found is None:
            text = resources.files(package).joinpath("_wire.json").read_text(encoding="utf-8")
            found = _LOADED.setdefault(package, cls(json.loads(text)))
        return found

    def resolve(self, request: httpx.Request, base_url: str) -> tuple[str, Operation] | None:
        """The spec path and operation a request belongs to (None for a URL outside the spec).

        The answer is kept on the request (``request_facts``), so the auth and the transport look
        a request up once between them.
        """
        return kept(request, RESOLVED, (base_url, self), lambda: self._resolve(request, base_url))

    def _resolve(self, request: httpx.Request, base_url: str) -> tuple[str, Operation] | None:
        path = operation_path(str(request.url), base_url)
        operation = None if path is None else self.find(request.method, path)
        return None if path is None or operation is None else (path, operation)

    def own_servers(self) -> set[str]:
        """The servers some operations have instead of the document's (another host, another site)."""
        return {op.server for op in self.operations if op.server is not None}

    def body_properties(self, operation: Operation, part: str | None = None) -> set[str]:
        """Top-level property names of an operation's JSON body (or of one JSON part)."""
        if operation.body is None:
            return set()
        schema = operation.body["schema"]
        if part is not None:
            schema = schema.get("properties", {}).get(part, {})
        return self._properties(schema)

    def _properties(self, schema: dict[str, Any]) -> set[str]:
        ref = schema.get("$ref")
        if ref:
            return self._properties(self.components["schemas"][ref.rsplit("/", 1)[-1]])
        names = set(schema.get("properties", {}))
        for member in schema.get("allOf", []):
            names |= self._properties(member)
        return names

    def schema_document(self, schema: dict[str, Any]) -> dict[str, Any]:
        """``schema`` as a document a validator compiles: the draft, and the component schemas it refers to.

        Only those reached through its ``$ref`` chains are included: with every component in the
        document, fastjsonschema walked them all on each compile (10 ms for a one-field query
        parameter, 0.3 ms without).
        """
        schemas = self.components.get("schemas", {})
        reached: dict[str, Any] = {}
        waiting = _refs(schema)
        while waiting:
            ref = waiting.pop()
            name = ref.removeprefix(SCHEMA_REF)
            if name == ref:  # a reference to some other part of the document: all of it, as before
                return {"$schema": DRAFT, "components": self.components, **schema}
            if name not in reached and name in schemas:
                reached[name] = schemas[name]
                waiting.extend(_refs(schemas[name]))
        document = {"$schema": DRAFT, **schema}
        if reached:
            document["components"] = {"schemas": {name: reached[name] for name in sorted(reached)}}
        return document

    def find(self, method: str, path: str) -> Operation | None:
        """The operation a request path belongs to, if any."""
        exact = self._exact.get((method, path))
        if exact is not None:
            return exact
        for op in self.operations:
            if op.method == method and op.pattern.match(path):
                return op
        return None


def _refs(node: Any) -> list[str]:
    """The ``$ref`` values of a schema, at any depth."""
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        for value in node.values():
            found.extend(_refs(value))
        return found
    if isinstance(node, list):
        return [ref for item in node for ref in _refs(item)]
    return []


def operation_path(request_url: str, base_url: str) -> str | None:
    """The spec path of a request URL: the part after the client's base URL."""
    base = base_url.rstrip("/")
    if not request_url.startswith(base):
        return None
    return request_url[len(base) :].split("?", 1)[0] or "/"
