"""Checks a request's query and body against the spec before it is sent (fastjsonschema, compiled once)."""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable, Sequence
from typing import Any

import fastjsonschema
import httpx

from .bodies import json_documents
from .errors import RequestValidationError
from .manifest import Manifest, Operation
from .request_facts import query_params
from .rules import describe

Validator = Callable[[Any], Any]
_INTEGER = re.compile(r"-?[0-9]{1,4000}")  # used with fullmatch: "5\n" is no integer
_NUMBER = re.compile(r"-?[0-9]{1,400}(\.[0-9]{1,400})?([eE][-+]?[0-9]{1,4})?")
_DOTS = re.compile(r"%2e", re.IGNORECASE)
_END = re.compile(r"(\\.)|(\[(?:\\.|[^\]])*\])|(\$)")


def anchored(pattern: str) -> str:
    r"""A spec ``pattern`` with each ``$`` (outside classes, unescaped) made ``\Z``.

    Python's ``$`` also matches before a final newline, so ``^[0-9]+$`` took ``"5\n"``; the
    spec's (ECMA-262) ``$`` does not.
    """
    return _END.sub(lambda match: r"\Z" if match.group(3) else match.group(0), pattern)


def _anchor(schema: Any) -> Any:
    r"""A copy of a schema whose ``pattern`` values use ``\Z`` for ``$``."""
    if isinstance(schema, dict):
        return {
            key: anchored(value) if key == "pattern" and isinstance(value, str) else _anchor(value)
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_anchor(item) for item in schema]
    return schema


def _field(path: Sequence[str | int], missing: list[str] | None = None) -> str:
    parts = [str(step) for step in path[1:]] + (missing or [])
    return ".".join(parts) or "<body>"


def _detail(error: fastjsonschema.JsonSchemaValueException) -> str:
    """Describe the broken rule without quoting the value (it may be a credential)."""
    rule, definition = error.rule, error.rule_definition
    alternatives = _alternatives(error)
    if alternatives:
        quantity = "exactly one" if rule == "oneOf" else "at least one"
        return f"needs {quantity} of {', '.join(alternatives)}"
    schema = error.definition if isinstance(error.definition, dict) else None
    return describe(str(rule), definition, schema)


def _alternatives(error: fastjsonschema.JsonSchemaValueException) -> list[str]:
    """The field names of a ``oneOf``/``anyOf`` made of bare ``required`` lists ("one of these fields")."""
    if error.rule not in ("oneOf", "anyOf") or not isinstance(error.rule_definition, list):
        return []
    names: list[str] = []
    for member in error.rule_definition:
        if not isinstance(member, dict) or set(member) != {"required"}:
            return []
        names.extend(name for name in member["required"] if name not in names)
    return names


class RequestValidator:
    """Validates the JSON documents of a request against the operation's wire schema."""

    def __init__(self, manifest: Manifest) -> None:
        self._manifest = manifest
        self._compiled = manifest.compiled
        # Per operation, once: each query parameter's name, required flag, whether it is an array,
        # the schema its values are typed by, and the JSON types that schema allows.
        self._query: dict[str, list[tuple[str, bool, bool, dict[str, Any], frozenset[str]]]] = {}

    def _validator(self, operation: Operation, part: str | None) -> Validator:
        if operation.body is None:
            raise ValueError(f"{operation.operation_id} takes no body")
        schema = operation.body["schema"]
        return self._compile((operation.operation_id, part), schema["properties"][part] if part else schema)

    def _compile(self, key: tuple[str, str | None], schema: dict[str, Any]) -> Validator:
        kept = ("request", *key)
        if kept not in self._compiled:
            root = _anchor(self._manifest.schema_document(schema))
            self._compiled[kept] = fastjsonschema.compile(root)
        return self._compiled[kept]

    def _types(self, schema: dict[str, Any]) -> set[str]:
        """The JSON types a parameter schema allows (through one ``$ref`` and ``anyOf``/``oneOf``)."""
        ref = schema.get("$ref", "")
        if ref:
            schema = self._manifest.components.get("schemas", {}).get(ref.rsplit("/", 1)[-1], {})
        declared = schema.get("type")
        types = set(declared) if isinstance(declared, list) else {declared} if declared else set()
        for member in (*schema.get("anyOf", ()), *schema.get("oneOf", ())):
            types |= self._types(member)
        return types

    def _typed(self, text: str, schema: dict[str, Any]) -> Any:
        """A query value as the JSON value its schema describes (query strings carry only text)."""
        return self._as(text, frozenset(self._types(schema)))

    def _query_facts(self, operation: Operation) -> list[tuple[str, bool, bool, dict[str, Any], frozenset[str]]]:
        facts = self._query.get(operation.operation_id)
        if facts is None:
            facts = []
            for parameter in operation.query or ():
                schema = parameter["schema"]
                array = "array" in self._types(schema)
                typed_by = schema.get("items", {}) if array else schema
                facts.append((parameter["name"], bool(parameter["required"]), array, schema,
                              frozenset(self._types(typed_by))))  # fmt: skip
            self._query[operation.operation_id] = facts
        return facts

    def _as(self, text: str, types: frozenset[str]) -> Any:
        """A query value as the JSON value of the given types (query strings carry only text)."""
        if "integer" in types and _INTEGER.fullmatch(text):
            return int(text)
        if "number" in types and _NUMBER.fullmatch(text):
            number = float(text)
            return number if number not in (float("inf"), float("-inf")) else text
        if "boolean" in types and text in ("true", "false"):
            return text == "true"
        return text

    def validate_query(self, request: httpx.Request, operation: Operation) -> None:
        """Raise ``RequestValidationError`` naming the first query parameter that breaks the spec."""
        facts = self._query_facts(operation)
        if not facts:
            return
        params = query_params(request)  # parsed once for every parameter (and for the redaction registry)
        for name, required, array, schema, types in facts:
            values = params.get_list(name)
            if not values:
                if required:
                    raise RequestValidationError(operation.operation_id, name, "required", "is required")
                continue
            value: Any = [self._as(text, types) for text in values] if array else self._as(values[-1], types)
            try:
                self._compile((operation.operation_id, f"?{name}"), schema)(value)
            except fastjsonschema.JsonSchemaValueException as error:
                field = ".".join([name, *(str(step) for step in (error.path or ["data"])[1:])])
                raise RequestValidationError(operation.operation_id, field, str(error.rule), _detail(error)) from None

    def _alternative(self, request: httpx.Request, operation: Operation) -> dict[str, Any] | None:
        """The ``alternatives`` entry (an encoding the evidence shows the API takes) matching the request."""
        if not (operation.body or {}).get("alternatives"):
            return None
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        for alternative in (operation.body or {}).get("alternatives", ()):
            if alternative["media_type"] == media_type and media_type != (operation.body or {}).get("media_type"):
                return dict(alternative)
        return None

    def _validate_form(self, request: httpx.Request, operation: Operation, alternative: dict[str, Any]) -> None:
        """A form-encoded body the API also takes: its fields (text, last value wins) against their schema."""
        document = dict(httpx.QueryParams(request.content.decode("utf-8", "replace")).items())
        try:
            self._compile((operation.operation_id, alternative["media_type"]), alternative["schema"])(document)
        except fastjsonschema.JsonSchemaValueException as error:
            field = _field(list(error.path or ["data"]))
            raise RequestValidationError(operation.operation_id, field, str(error.rule), _detail(error)) from None

    def validate_path(self, operation: Operation, values: dict[str, str]) -> None:
        """Raise ``RequestValidationError`` for a path parameter that breaks the spec or changes the path.

        ``values`` are the segments as written (percent-encoded once by the generated code).
        Empty, ``.``, ``..`` and anything with a percent-encoded dot is refused: httpx or the
        server would resolve it to another path.
        """
        schemas = {parameter["name"]: parameter["schema"] for parameter in operation.path_params or ()}
        for name, raw in values.items():
            text = urllib.parse.unquote(raw)
            if text in ("", ".", "..") or _DOTS.search(text) or any(char in text for char in "/?#"):
                detail = (
                    "must not be empty, '.', '..', or hold '/', '?', '#' or an encoded dot (it would change the path)"
                )
                raise RequestValidationError(operation.operation_id, name, "path", detail)
            schema = schemas.get(name)
            if schema is None:
                continue
            try:
                self._compile((operation.operation_id, f"/{name}"), schema)(self._typed(text, schema))
            except fastjsonschema.JsonSchemaValueException as error:
                failure = RequestValidationError(operation.operation_id, name, str(error.rule), _detail(error))
            else:
                continue
            raise failure

    def validate(self, request: httpx.Request, operation: Operation) -> None:
        """Raise ``RequestValidationError`` naming the first offending query parameter or body field."""
        self.validate_query(request, operation)
        alternative = self._alternative(request, operation)
        if alternative is not None:
            self._validate_form(request, operation, alternative)
            return
        for part, document in json_documents(request, operation):
            where = f"{part}." if part else ""
            if document is None:
                raise RequestValidationError(operation.operation_id, part or "<body>", "type", "is not a JSON object")
            try:
                self._validator(operation, part)(document)
            except fastjsonschema.JsonSchemaValueException as error:
                path = list(error.path or ["data"])
                missing = None
                if error.rule == "required" and isinstance(error.value, dict):
                    missing = [name for name in error.rule_definition if name not in error.value][:1]
                alternatives = _alternatives(error)
                if alternatives:  # name the fields of the rule ("ContactID|ContactData"), not the object
                    missing = ["|".join(alternatives)]
                field = where + _field(path, missing)
                raise RequestValidationError(operation.operation_id, field, str(error.rule), _detail(error)) from None
