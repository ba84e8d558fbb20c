"""Recording exchanges as HAR 1.2, with every credential masked before a byte is written.

``Recorder(path)`` keeps the exchanges of one or more clients (``client.with_recording(path)``,
``assemble(..., record=path)``) and rewrites ``path`` atomically after each one, so the file is
always a complete HAR document that browsers, mitmproxy and ``nox -s traffic`` read. Credentials
are masked with the package's redaction registry (every secret the clients were given or saw go
by) and by name (authorization headers, credential-named query, form and JSON fields). The file is
bounded: at most ``max_entries`` exchanges (the oldest dropped first) and ``max_body`` characters
of each body.
"""

from __future__ import annotations

import json
import os
import re
import threading
import urllib.parse
from collections import deque
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from .redaction import MASK, REGISTRY, SENSITIVE

MAX_ENTRIES = 1000
MAX_BODY = 64 * 1024
_CREATOR = {"name": __name__.split(".", 1)[0], "version": "1"}


# A reply names fewer credentials than a request (its ``code`` is a status, not an OAuth code).
HANDED_OUT = re.compile(r"token|secret|passw|api[-_]?key|apikey|^sha$", re.IGNORECASE)


def _mask_json(node: Any, names: re.Pattern[str]) -> Any:
    if isinstance(node, dict):
        return {
            key: MASK if names.search(str(key)) and isinstance(value, str) else _mask_json(value, names)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_mask_json(value, names) for value in node]
    return REGISTRY.redact(node) if isinstance(node, str) else node  # values only: keys keep the structure


def _mask_form(text: str, names: re.Pattern[str]) -> str:
    pairs = urllib.parse.parse_qsl(text, keep_blank_values=True)
    return urllib.parse.urlencode([(name, MASK if names.search(name) else value) for name, value in pairs])


_NOT_JSON = object()


def _parsed(text: str) -> Any:
    """The JSON document in ``text``, or ``_NOT_JSON`` (then it is masked as plain text)."""
    try:
        return json.loads(text)
    except ValueError:
        return _NOT_JSON


def masked_text(content: bytes, content_type: str, names: re.Pattern[str] = SENSITIVE) -> str:
    """A body as text with its credentials masked (fields whose name matches ``names``, then the registry)."""
    text = content.decode("utf-8", "replace")
    document = _parsed(text) if "json" in content_type else _NOT_JSON
    if document is not _NOT_JSON:
        return json.dumps(_mask_json(document, names), ensure_ascii=False)
    if content_type.startswith("application/x-www-form-urlencoded"):
        text = _mask_form(text, names)
    return REGISTRY.redact(text)


def _masked_header(value: str) -> str:
    """A credential header's value masked; its scheme (``Bearer``, ``Basic``, ``Token``) is kept."""
    scheme, _, credential = value.partition(" ")
    return f"{scheme} {MASK}" if credential and scheme.isalpha() else MASK


def _headers(headers: httpx.Headers) -> list[dict[str, str]]:
    return [
        {"name": name, "value": _masked_header(value) if SENSITIVE.search(name) else REGISTRY.redact(value)}
        for name, value in headers.multi_items()
    ]


def _url(url: httpx.URL) -> str:
    query = [(name, MASK if SENSITIVE.search(name) else value) for name, value in url.params.multi_items()]
    return REGISTRY.redact(str(url.copy_with(query=urllib.parse.urlencode(query).encode() or None)))


class Recorder:
    """Appends each exchange to a HAR 1.2 file (see the module docstring)."""

    def __init__(
        self, path: str | os.PathLike[str], *, max_entries: int = MAX_ENTRIES, max_body: int = MAX_BODY
    ) -> None:
        self.path = Path(path)
        self.max_body = max_body
        self._entries: deque[dict[str, Any]] = deque(maxlen=max_entries)
        self._dropped = 0
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Recorder({str(self.path)!r}, {len(self._entries)} entries)"

    def _body(self, content: bytes, content_type: str, names: re.Pattern[str] = SENSITIVE) -> tuple[str, str]:
        text = masked_text(content, content_type, names)
        if len(text) > self.max_body:
            return text[: self.max_body], f"body truncated to {self.max_body} of {len(text)} characters"
        return text, ""

    def entry(
        self, request: httpx.Request, response: httpx.Response, started: datetime, elapsed_ms: float
    ) -> dict[str, Any]:
        """The HAR entry of one exchange, credentials masked."""
        request_type = request.headers.get("content-type", "")
        response_type = response.headers.get("content-type", "")
        sent, sent_note = self._body(request.content, request_type)
        got, got_note = self._body(response.content, response_type, HANDED_OUT)
        url = _url(request.url)
        har_request: dict[str, Any] = {
            "method": request.method,
            "url": url,
            "httpVersion": "HTTP/1.1",
            "cookies": [],
            "headers": _headers(request.headers),
            "queryString": [{"name": n, "value": v} for n, v in httpx.URL(url).params.multi_items()],
            "headersSize": -1,
            "bodySize": len(request.content),
        }
        if request.content:
            har_request["postData"] = {"mimeType": request_type, "text": sent, "comment": sent_note}
        return {
            "startedDateTime": started.isoformat(),
            "time": round(elapsed_ms, 3),
            "request": har_request,
            "response": {
                "status": response.status_code,
                "statusText": response.reason_phrase,
                "httpVersion": response.http_version or "HTTP/1.1",
                "cookies": [],
                "headers": _headers(response.headers),
                "content": {"size": len(response.content), "mimeType": response_type, "text": got, "comment": got_note},
                "redirectURL": "",
                "headersSize": -1,
                "bodySize": len(response.content),
            },
            "cache": {},
            "timings": {"send": 0, "wait": round(elapsed_ms, 3), "receive": 0},
        }

    def record(self, request: httpx.Request, response: httpx.Response, started: datetime, elapsed_ms: float) -> None:
        """Add one exchange and rewrite the file (atomically: a reader never sees half a document)."""
        entry = self.entry(request, response, started, elapsed_ms)
        with self._lock:
            if len(self._entries) == self._entries.maxlen:
                self._dropped += 1
            self._entries.append(entry)
            document = {
                "log": {
                    "version": "1.2",
                    "creator": _CREATOR,
                    "comment": f"{self._dropped} older entries dropped" if self._dropped else "",
                    "entries": list(self._entries),
                }
            }
            temporary = self.path.with_name(self.path.name + ".tmp")
            temporary.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(temporary, self.path)


def now() -> datetime:
    """The wall-clock start of an exchange, for ``startedDateTime``."""
    return datetime.now(UTC)
