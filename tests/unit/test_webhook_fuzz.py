"""Fuzz both webhook parsers: each body is the typed event or ``WebhookPayloadError``, nothing else.

The bodies are those of the parser fuzz (``response_bodies``): valid ones built from the
webhook's schema in the spec, each mutated every way ``mutations`` knows (fields removed,
wrong types, unknown enum values, nulls, nested arrays, extra fields, deep nesting, bodies
that are not JSON or not UTF-8). Each goes in as raw bytes, as text where it decodes, and as
the decoded mapping where it is one. ``WebhookPayloadError`` must be the package's
``InvalidResponseError`` keeping the payload; valid bodies and bodies with extra fields must
parse. The figures print with ``-s``.
"""

from __future__ import annotations

import collections
import json
from collections.abc import Callable, Iterator
from typing import Any

import mycrmsim_client
import pytest
import salesmsg_client
from salesmsg_client.models.webhook_message_event import WebhookMessageEvent

from scripts.spec import views as spec_views
from scripts.vendors import VENDORS
from tests.unit.response_bodies import Walker, mutations

MUST_PARSE = frozenset({"valid", "extra fields"})
OUTCOMES: collections.Counter[tuple[str, str, str]] = collections.Counter()


def _schema(vendor: str, name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    spec = spec_views.load(VENDORS[vendor].spec_path)
    return spec.get("components", {}), {"$ref": f"#/components/schemas/{name}"}


PARSERS: dict[str, tuple[Callable[[Any], Any], Any, tuple[type, ...], tuple[str, str]]] = {
    "salesmsg": (
        salesmsg_client.parse_webhook,
        salesmsg_client,
        (WebhookMessageEvent, salesmsg_client.UnknownWebhookEvent),
        ("salesmsg", "WebhookMessageEvent"),
    ),
    "mycrmsim": (
        mycrmsim_client.parse_inbound_message,
        mycrmsim_client,
        (mycrmsim_client.InboundMessage,),
        ("mycrmsim", "InboundMessage"),
    ),
}


def _forms(raw: bytes) -> Iterator[tuple[str, Any]]:
    """The body as bytes, as text (when it is UTF-8) and as a mapping (when it decodes to one)."""
    yield "bytes", raw
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return
    yield "text", text
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        return
    if isinstance(document, dict):
        yield "mapping", document


def _outcome(parse: Callable[[Any], Any], package: Any, models: tuple[type, ...], body: Any) -> str:
    try:
        parsed = parse(body)
    except package.WebhookPayloadError as error:
        caught: Any = error
        assert caught.payload is body and caught.response is None
        assert isinstance(caught, package.InvalidResponseError) and isinstance(caught, ValueError)
        return "WebhookPayloadError"
    except Exception as error:  # the point: name anything else that escapes
        return f"escaped {type(error).__name__}"
    return type(parsed).__name__ if isinstance(parsed, models) else f"escaped as {type(parsed).__name__}"


@pytest.mark.parametrize("vendor", sorted(PARSERS))
def test_every_webhook_body_gives_the_event_or_the_typed_error(vendor: str) -> None:
    parse, package, models, (spec_vendor, schema_name) = PARSERS[vendor]
    components, schema = _schema(spec_vendor, schema_name)
    failures = []
    valid_bodies = Walker(components).instances(schema)
    assert valid_bodies, "the spec gives no valid body to mutate"
    for valid in valid_bodies:
        for kind, raw in [("valid", json.dumps(valid).encode()), *mutations(valid)]:
            for form, body in _forms(raw):
                outcome = _outcome(parse, package, models, body)
                OUTCOMES[(vendor, kind, outcome)] += 1
                if outcome.startswith("escaped") or (kind in MUST_PARSE and outcome == "WebhookPayloadError"):
                    failures.append(f"{kind} ({form}): {outcome}: {raw[:120]!r}")
    print(f"\nwebhook fuzz {vendor}: {sum(n for (v, *_), n in OUTCOMES.items() if v == vendor)} parses")
    for (name, kind, outcome), count in sorted(OUTCOMES.items()):
        if name == vendor:
            print(f"  {kind:20} {outcome:22} {count}")
    assert not failures, f"{len(failures)} bodies broke the parser:\n" + "\n".join(failures[:10])


@pytest.mark.parametrize("vendor", sorted(PARSERS))
@pytest.mark.parametrize("body", [b"\xff\xfe\x00not utf-8", b"\xed\xa0\x80", "\ud800", 17, None, [1]])
def test_odd_inputs_are_the_typed_error(vendor: str, body: Any) -> None:
    parse, package, _, _ = PARSERS[vendor]
    with pytest.raises(package.WebhookPayloadError) as raised:
        parse(body)
    assert raised.value.field == "<body>"
