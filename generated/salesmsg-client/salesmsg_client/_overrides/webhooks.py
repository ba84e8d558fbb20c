"""Inbound Salesmsg webhooks: a posted body checked against the spec and read into typed models.

Salesmsg posts ``{"event": "message.received" | "message.sent" | "message.async.error",
"data": {"message": {…}, "contact": {…}}}`` to the URL set in the web app (EVIDENCE.md:95-97;
the spec's ``webhooks`` section). The message text arrives HTML-entity encoded (``I&#039;m``);
``parse_webhook`` decodes it. No signature is known, so the body cannot be authenticated:
serve the webhook URL over HTTPS with an unguessable path.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from functools import cache
from typing import Any

import fastjsonschema
from salesmsg_client.models.webhook_message_event import WebhookMessageEvent

from .._common.errors import APIError
from .._common.jsonbody import JSONTooDeepError, loads
from .._common.manifest import Manifest
from .._common.parsing import PARSE_ERRORS, parse_failure
from .._common.validation import _detail, _field
from .factory import PACKAGE

SCHEMA = "WebhookMessageEvent"


class WebhookPayloadError(APIError, ValueError):
    """A webhook body that is not what Salesmsg sends; ``field`` names the offending value (never quoted)."""

    def __init__(self, field: str, rule: str, detail: str) -> None:
        self.field = field
        self.rule = rule
        super().__init__(f"invalid Salesmsg webhook: field {field!r} {detail}")


@cache
def _validator() -> Any:
    manifest = Manifest.for_package(PACKAGE)
    root = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "components": manifest.components,
        "$ref": f"#/components/schemas/{SCHEMA}",
    }
    return fastjsonschema.compile(root)


def parse_webhook(body: bytes | str | Mapping[str, Any]) -> WebhookMessageEvent:
    """Read a webhook body (raw bytes, text or parsed JSON) into a ``WebhookMessageEvent``.

    ``event.data.message.body`` comes back with its HTML entities decoded. A body that breaks
    the spec raises ``WebhookPayloadError`` naming the field (``data.message.id``).
    """
    if isinstance(body, Mapping):
        document: Any = dict(body)
    else:
        try:
            document = loads(body)
        except ValueError as error:
            detail = "is nested too deeply" if isinstance(error, JSONTooDeepError) else "is not JSON"
            raise WebhookPayloadError("<body>", "type", detail) from None
    if not isinstance(document, dict):
        raise WebhookPayloadError("<body>", "type", "must be a JSON object")
    try:
        _validator()(document)
    except fastjsonschema.JsonSchemaValueException as error:
        missing = None
        if error.rule == "required" and isinstance(error.value, dict):
            missing = [name for name in error.rule_definition if name not in error.value][:1]
        raise WebhookPayloadError(
            _field(list(error.path or ["data"]), missing), str(error.rule), _detail(error)
        ) from None
    try:
        event = WebhookMessageEvent.from_dict(document)
    except PARSE_ERRORS as error:  # the schema passed, so the generated model and the spec disagree
        failure = parse_failure(error)
    else:
        return _decoded(event)
    raise WebhookPayloadError("<body>", "type", failure)  # outside the except: no traceback holding the body


def _decoded(event: WebhookMessageEvent) -> WebhookMessageEvent:
    message = event.data.message
    if isinstance(message.body, str):
        message.body = html.unescape(message.body)
    return event
