"""Inbound Salesmsg webhooks: a posted body checked against the spec and read into typed models.

Salesmsg posts ``{"event": "message.received" | "message.sent" | "message.async.error",
"data": {"message": {…}, "contact": {…}}}`` to the URL set in the web app (EVIDENCE.md:95-97;
the spec's ``webhooks`` section). The message text arrives HTML-entity encoded (``I&#039;m``);
``parse_webhook`` decodes it. No signature is known, so the body cannot be authenticated:
serve the webhook URL over HTTPS with an unguessable path.

A tolerant reader: an ``event`` the spec does not list (a kind Salesmsg adds later) gives an
``UnknownWebhookEvent`` with the raw ``data``, not an error; a documented event must have the
documented shape. Anything unreadable is ``WebhookPayloadError``, an ``InvalidResponseError``.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import fastjsonschema
from salesmsg_client.models.webhook_message_event import WebhookMessageEvent
from salesmsg_client.models.webhook_message_event_event import WebhookMessageEventEvent

from .._common.errors import WebhookPayloadError
from .._common.jsonbody import JSONTooDeepError, loads
from .._common.manifest import Manifest
from .._common.parsing import PARSE_ERRORS, parse_failure
from .._common.validation import _detail, _field
from .factory import PACKAGE

SCHEMA = "WebhookMessageEvent"
VENDOR = "Salesmsg"
KNOWN_EVENTS = frozenset(member.value for member in WebhookMessageEventEvent)


@dataclass(frozen=True)
class UnknownWebhookEvent:
    """A webhook whose ``event`` this client does not know yet; nothing of it is lost.

    ``data`` is the body's ``data`` as decoded JSON (None when absent), ``raw`` the whole body.
    """

    event: str
    data: Any = field(repr=False)
    raw: Mapping[str, Any] = field(repr=False)


def _error(field: str, rule: str, detail: str, payload: object) -> WebhookPayloadError:
    return WebhookPayloadError(VENDOR, field, rule, detail, payload)


@cache
def _validator() -> Any:
    manifest = Manifest.for_package(PACKAGE)
    return fastjsonschema.compile(manifest.schema_document({"$ref": f"#/components/schemas/{SCHEMA}"}))


def parse_webhook(body: bytes | str | Mapping[str, Any]) -> WebhookMessageEvent | UnknownWebhookEvent:
    """Read a webhook body (raw bytes, text or parsed JSON) into a ``WebhookMessageEvent``.

    ``event.data.message.body`` comes back with its HTML entities decoded. An ``event`` string
    the spec does not list gives an ``UnknownWebhookEvent`` keeping the raw data. A body that
    breaks the spec raises ``WebhookPayloadError`` (an ``InvalidResponseError`` and a
    ``ValueError``) naming the field (``data.message.id``).
    """
    document = _document(body)
    if not isinstance(document, dict) or not all(isinstance(key, str) for key in document):
        raise _error("<body>", "type", "must be a JSON object", body)
    kind = document.get("event")
    if isinstance(kind, str) and kind and kind not in KNOWN_EVENTS:
        return UnknownWebhookEvent(kind, document.get("data"), document)
    failure = _invalid(document)
    if failure is None:
        try:
            return _decoded(WebhookMessageEvent.from_dict(document))
        except PARSE_ERRORS as error:  # the schema passed, so the generated model and the spec disagree
            failure = ("<body>", "type", parse_failure(error))
    raise _error(*failure, body)  # outside the except: no traceback holding the body


def _document(body: bytes | str | Mapping[str, Any]) -> Any:
    if isinstance(body, Mapping):
        return dict(body)
    if not isinstance(body, (bytes, str)):
        raise _error("<body>", "type", "must be bytes, text or a mapping", body)
    try:
        return loads(body)
    except (ValueError, UnicodeError) as error:
        detail = "is nested too deeply" if isinstance(error, JSONTooDeepError) else "is not JSON"
    raise _error("<body>", "type", detail, body)


def _invalid(document: dict[str, Any]) -> tuple[str, str, str] | None:
    """Where ``document`` breaks the spec's schema: (field, rule, words), or None."""
    try:
        _validator()(document)
    except fastjsonschema.JsonSchemaValueException as error:
        missing = None
        if error.rule == "required" and isinstance(error.value, dict):
            missing = [name for name in error.rule_definition if name not in error.value][:1]
        return _field(list(error.path or ["data"]), missing), str(error.rule), _detail(error)
    except RecursionError:
        return "<body>", "type", "is nested too deeply"
    except TypeError:  # a mapping handed in with keys that are not strings, deeper down
        return "<body>", "type", "must be JSON (object keys are strings)"
    return None


def _decoded(event: WebhookMessageEvent) -> WebhookMessageEvent:
    message = event.data.message
    if isinstance(message.body, str):
        message.body = html.unescape(message.body)
    return event
