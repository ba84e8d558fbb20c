"""Responses checked against the spec's response schema: a deviation is reported, not fatal by default.

``warn`` (the default) logs one WARNING naming the operation, status, field and rule (never the
value) and keeps a ``DriftEvent`` on the transport's ``drift_events``; the parsed result is still
returned. ``strict`` raises ``ResponseValidationError`` instead; ``off`` skips the check.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, NamedTuple

import fastjsonschema
import httpx

from .errors import ResponseError
from .manifest import Manifest, Operation

RESPONSE_MODES = ("warn", "strict", "off")
_DRAFT = "http://json-schema.org/draft-07/schema#"


class DriftEvent(NamedTuple):
    """A response that the spec does not describe."""

    operation: str
    status: int
    field: str
    rule: str


class ResponseValidationError(ResponseError):
    """A response body breaks the spec's response schema (``validate_responses="strict"``)."""

    def __init__(self, event: DriftEvent, response: httpx.Response) -> None:
        self.event = event
        super().__init__(
            f"{event.operation}: HTTP {event.status} body field {event.field!r} breaks {event.rule}", response
        )


class ResponseValidator:
    """Compiles each operation's documented response schemas once (fastjsonschema)."""

    def __init__(self, manifest: Manifest) -> None:
        self._components = manifest.components
        self._compiled: dict[tuple[str, str], Callable[[Any], Any]] = {}

    def check(self, response: httpx.Response, operation: Operation) -> DriftEvent | None:
        """The first deviation of a JSON body from the schema documented for its status, if any."""
        schemas = operation.response_schemas or {}
        status = str(response.status_code)
        key = next((k for k in (status, f"{status[0]}XX", "default") if k in schemas), None)
        if key is None:
            return None
        try:
            document = json.loads(response.content)
        except ValueError:
            return None  # a non-JSON body is the shared check's business (InvalidResponseError)
        compiled = self._compiled.get((operation.operation_id, key))
        if compiled is None:
            root = {"$schema": _DRAFT, "components": self._components, **schemas[key]}
            compiled = self._compiled[(operation.operation_id, key)] = fastjsonschema.compile(root)
        try:
            compiled(document)
        except fastjsonschema.JsonSchemaValueException as error:
            field = ".".join(str(step) for step in (error.path or ["data"])[1:]) or "<body>"
            return DriftEvent(operation.operation_id, response.status_code, field, str(error.rule))
        return None
