"""Checks a request body against the spec before it is sent (fastjsonschema, compiled once per operation)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import fastjsonschema
import httpx

from .bodies import json_documents
from .errors import RequestValidationError
from .manifest import Manifest, Operation

Validator = Callable[[Any], Any]
_DRAFT = "http://json-schema.org/draft-07/schema#"


def _field(path: Sequence[str | int], missing: list[str] | None = None) -> str:
    parts = [str(step) for step in path[1:]] + (missing or [])
    return ".".join(parts) or "<body>"


def _detail(error: fastjsonschema.JsonSchemaValueException) -> str:
    """Describe the broken rule without quoting the value (it may be a credential)."""
    rule, definition = error.rule, error.rule_definition
    if rule == "required":
        return "is required"
    if rule in ("maxLength", "minLength", "maxItems", "minItems", "maximum", "minimum", "pattern", "format"):
        return f"breaks {rule} {definition}"
    if rule == "enum":
        return f"must be one of {definition}"
    if rule == "type":
        return f"must be of type {definition}"
    return f"breaks {rule}"


class RequestValidator:
    """Validates the JSON documents of a request against the operation's wire schema."""

    def __init__(self, manifest: Manifest) -> None:
        self._manifest = manifest
        self._compiled: dict[tuple[str, str | None], Validator] = {}

    def _validator(self, operation: Operation, part: str | None) -> Validator:
        key = (operation.operation_id, part)
        if key not in self._compiled:
            assert operation.body is not None
            schema = operation.body["schema"]
            if part is not None:
                schema = schema["properties"][part]
            root = {"$schema": _DRAFT, "components": self._manifest.components, **schema}
            self._compiled[key] = fastjsonschema.compile(root)
        return self._compiled[key]

    def validate(self, request: httpx.Request, operation: Operation) -> None:
        """Raise ``RequestValidationError`` naming the first offending field."""
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
                field = where + _field(path, missing)
                raise RequestValidationError(operation.operation_id, field, str(error.rule), _detail(error)) from None
