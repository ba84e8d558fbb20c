"""The rules of "Send a Message", checked before anything is sent.

004_295254930d8e4ee9.txt, "Send a Message": ``phone`` is "in E.164 format (e.g.
+923001234567)"; ``message`` is "Required unless attachments are provided. Max 1600 chars.";
``attachments`` is an "Array of publicly accessible URLs". The spec carries each rule as JSON
Schema (so the mock and the fuzzer know them too); this module states them once more in the
vendor's words, with the messages a caller needs, and adds the URL check a pattern can only
approximate. It runs before the schema validator, on the wire body.

How "1600 chars" is counted is not documented (neither the collection nor EVIDENCE.md says).
We count Unicode code points, which is what JSON Schema ``maxLength`` counts (RFC 8259
characters), so the client, the spec and the Prism mock agree: a guess, listed in the README.
Not GSM-7 septets or segments (1600 is a length limit, not a segment count) and not UTF-16
code units (an emoji would count 2).
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Mapping
from typing import Any

import httpx

from .._common.bodies import json_documents
from .._common.errors import RequestValidationError
from .._common.manifest import Operation

SEND_OPERATION = "messagesSend"
MAX_MESSAGE_CHARS = 1600
E164 = re.compile(r"\+[1-9][0-9]{1,14}")
"""E.164 written with its plus (the vendor's example ``+923001234567``): no leading 0, at most 15 digits."""


def message_length(text: str) -> int:
    """The length of a message as the limit counts it: Unicode code points (a guess, see above)."""
    return len(text)


def _fail(field: str, rule: str, detail: str) -> RequestValidationError:
    return RequestValidationError(SEND_OPERATION, field, rule, detail)


def _check_url(field: str, value: Any) -> None:
    if not isinstance(value, str):
        raise _fail(field, "type", "must be a URL string")
    try:
        parts = urllib.parse.urlsplit(value)
        host = parts.hostname
    except ValueError:  # "http://[::1": an unclosed IPv6 literal
        raise _fail(field, "url", "must be an absolute http(s) URL of a publicly accessible file") from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise _fail(field, "url", "must be an absolute http(s) URL of a publicly accessible file")
    if any(char.isspace() for char in value):
        raise _fail(field, "url", "must not contain whitespace")


def check_send(body: Mapping[str, Any]) -> None:
    """Raise ``RequestValidationError`` naming the first field that breaks a send rule."""
    phone = body.get("phone")
    if not isinstance(phone, str) or not E164.fullmatch(phone):
        raise _fail("phone", "e164", "must be an E.164 number: '+', country code, number, at most 15 digits")
    attachments = body.get("attachments")
    if attachments is not None:
        if not isinstance(attachments, list):
            raise _fail("attachments", "type", "must be a list of URLs")
        for index, url in enumerate(attachments):
            _check_url(f"attachments.{index}", url)
    message = body.get("message")
    if message is None:
        if not attachments:
            raise _fail("message", "required", "is required unless attachments are given")
        return
    if not isinstance(message, str):
        raise _fail("message", "type", "must be a string")
    length = message_length(message)
    if length > MAX_MESSAGE_CHARS:
        raise _fail("message", "maxLength", f"has {length} characters; at most {MAX_MESSAGE_CHARS} are allowed")


def check_send_request(request: httpx.Request, operation: Operation) -> None:
    """The transport's ``request_check``: the send rules on Send a Message, before the schema check."""
    if operation.operation_id != SEND_OPERATION:
        return
    for _part, document in json_documents(request, operation):
        if isinstance(document, Mapping):
            check_send(document)
