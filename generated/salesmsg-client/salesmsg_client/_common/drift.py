"""Responses checked against the spec's response schema: a deviation is reported, not fatal by default.

``warn`` (the default) logs one WARNING naming the operation, status, field and rule (never the
value) and keeps a ``DriftEvent`` on the transport's ``drift_events``; the parsed result is still
returned. ``strict`` raises ``ResponseValidationError`` instead; ``off`` skips the check.
"""

from __future__ import annotations

import http
from collections.abc import Callable
from typing import Any, NamedTuple

import fastjsonschema
import httpx

from .errors import ResponseError
from .jsonbody import response_json
from .manifest import Manifest, Operation

RESPONSE_MODES = ("warn", "strict", "off")
_KNOWN = frozenset(status.value for status in http.HTTPStatus)


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
    """Compiles each operation's documented response schemas once (fastjsonschema).

    The validator for an (operation, status) pair is found once and kept (None: the spec documents
    no JSON schema for that status); the body is the document the other checks decoded
    (``jsonbody.response_json``), not decoded again.
    """

    def __init__(self, manifest: Manifest) -> None:
        self._manifest = manifest
        self._compiled = manifest.compiled
        self._by_status: dict[tuple[str, int], Callable[[Any], Any] | None] = {}

    def _validator(self, operation: Operation, status: int) -> Callable[[Any], Any] | None:
        found = self._by_status.get((operation.operation_id, status), False)
        if found is not False:
            return found  # type: ignore[return-value]
        schemas = operation.response_schemas or {}
        text = str(status)
        key = next((k for k in (text, f"{text[0]}XX", "default") if k in schemas), None)
        compiled = None
        if key is not None:
            kept = ("response", operation.operation_id, key)
            compiled = self._compiled.get(kept)
            if compiled is None:
                root = self._manifest.schema_document(schemas[key])
                compiled = self._compiled[kept] = fastjsonschema.compile(root)
        if status in _KNOWN:  # a cache bounded by the statuses HTTP names
            self._by_status[(operation.operation_id, status)] = compiled
        return compiled

    def check(self, response: httpx.Response, operation: Operation) -> DriftEvent | None:
        """The first deviation of a JSON body from the schema documented for its status, if any."""
        compiled = self._validator(operation, response.status_code)
        if compiled is None:
            return None
        try:
            document = response_json(response)
        except ValueError:
            return None  # a non-JSON body is the shared check's business (InvalidResponseError)
        try:
            compiled(document)
        except fastjsonschema.JsonSchemaValueException as error:
            field = ".".join(str(step) for step in (error.path or ["data"])[1:]) or "<body>"
            return DriftEvent(operation.operation_id, response.status_code, field, str(error.rule))
        return None
