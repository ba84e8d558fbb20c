"""Decode a JSON body with a nesting limit, so a hostile body gives ``ValueError``, never ``RecursionError``.

``json.loads`` recurses once per level: a body nested 100,000 deep raises ``RecursionError``,
and one nested just below the interpreter's limit decodes but then breaks whatever walks it
next. Decoded bodies are checked against ``MAX_DEPTH`` (cheaply: only when they hold that
many brackets at all), and every failure is a ``ValueError`` (``json.JSONDecodeError`` or
``JSONTooDeepError``).
"""

from __future__ import annotations

import itertools
import json
import re
from typing import Any

import httpx

MAX_DEPTH = 200
"""Deepest nesting of arrays and objects accepted; the vendors' documented bodies stay below 10."""

_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = bytes(byte for byte in range(256) if byte not in b"[]{}")
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}
_CACHE = "vendor_client.json"  # key in ``httpx.Response.extensions``: decode each body once


class JSONTooDeepError(ValueError):
    """A JSON body nested deeper than ``MAX_DEPTH``."""


def too_deep(content: bytes) -> bool:
    """Whether a JSON text nests arrays and objects deeper than ``MAX_DEPTH`` (brackets in strings ignored)."""
    if content.count(b"[") + content.count(b"{") <= MAX_DEPTH:
        return False
    brackets = _STRING.sub(b"", content).translate(None, _NOT_BRACKETS)
    return max(itertools.accumulate(map(_STEP.__getitem__, brackets)), default=0) > MAX_DEPTH


def loads(content: bytes | str) -> Any:
    """``json.loads`` that refuses bodies nested deeper than ``MAX_DEPTH`` (``JSONTooDeepError``)."""
    try:
        document = json.loads(content)
    except RecursionError:
        raise JSONTooDeepError(f"JSON nested deeper than {MAX_DEPTH} levels") from None
    # checked once decoded: in valid JSON every quote pairs up, so the string scan is linear
    if too_deep(content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content):
        raise JSONTooDeepError(f"JSON nested deeper than {MAX_DEPTH} levels")
    return document


def response_json(response: httpx.Response) -> Any:
    """The decoded JSON body of a response (decoded once, then kept on the response); ``ValueError`` if none."""
    cached = response.extensions.get(_CACHE)
    if cached is not None:
        return cached[0]
    document = loads(response.content)
    response.extensions[_CACHE] = (document,)
    return document
