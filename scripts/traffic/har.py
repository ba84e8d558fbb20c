"""Reading HAR 1.2 files (our recordings, browser devtools, mitmproxy) into httpx exchanges."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx


class HarError(ValueError):
    """A HAR file that cannot be read; the message names the file and the entry."""


@dataclass(frozen=True)
class Exchange:
    """One recorded request and its answer."""

    source: str
    index: int
    request: httpx.Request
    response: httpx.Response


def _text(container: dict[str, Any], where: str) -> bytes:
    text = container.get("text")
    if text is None:
        return b""
    if not isinstance(text, str):
        raise HarError(f"{where}: text is not a string")
    if container.get("encoding") == "base64":
        return base64.b64decode(text)
    return text.encode("utf-8")


def _headers(entry_part: dict[str, Any], where: str) -> list[tuple[str, str]]:
    headers = entry_part.get("headers", [])
    if not isinstance(headers, list) or not all(isinstance(h, dict) and "name" in h for h in headers):
        raise HarError(f"{where}: headers must be a list of {{name, value}}")
    return [
        (str(h["name"]), str(h.get("value", "")))
        for h in headers
        if not str(h["name"]).startswith(":")  # HTTP/2 pseudo-headers of devtools exports
        and str(h["name"]).lower() not in ("content-length", "transfer-encoding", "content-encoding")
    ]


def _entry(source: str, index: int, entry: Any) -> Exchange:
    where = f"{source}: entry {index}"
    if (
        not isinstance(entry, dict)
        or not isinstance(entry.get("request"), dict)
        or not isinstance(entry.get("response"), dict)
    ):
        raise HarError(f"{where}: needs a request and a response object")
    request, response = entry["request"], entry["response"]
    for key in ("method", "url"):
        if not isinstance(request.get(key), str):
            raise HarError(f"{where}: request.{key} is missing")
    if not isinstance(response.get("status"), int):
        raise HarError(f"{where}: response.status is missing")
    post = request.get("postData") or {}
    content = response.get("content") or {}
    req_headers = _headers(request, f"{where} request")
    if post.get("mimeType") and not any(name.lower() == "content-type" for name, _ in req_headers):
        req_headers.append(("Content-Type", post["mimeType"]))
    res_headers = _headers(response, f"{where} response")
    if content.get("mimeType") and not any(name.lower() == "content-type" for name, _ in res_headers):
        res_headers.append(("Content-Type", content["mimeType"]))
    try:
        http_request = httpx.Request(request["method"], request["url"], headers=req_headers, content=_text(post, where))
    except (httpx.InvalidURL, ValueError) as error:
        raise HarError(f"{where}: request.url is not a URL ({error})") from None
    http_response = httpx.Response(
        response["status"], headers=res_headers, content=_text(content, f"{where} response"), request=http_request
    )
    return Exchange(source, index, http_request, http_response)


def load(path: Path) -> list[Exchange]:
    """Every exchange of a HAR file; ``HarError`` names the entry a broken or truncated file fails at."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    try:
        document = json.loads(raw)
    except ValueError as error:
        position = getattr(error, "pos", len(raw))
        index = raw.count('"startedDateTime"', 0, position) - 1
        at = f"entry {index}" if index >= 0 else "the header, before any entry"
        raise HarError(f"{path}: not valid JSON at {at} (character {position}): truncated or corrupt") from None
    entries = (document.get("log") or {}).get("entries") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise HarError(f"{path}: no log.entries list (not a HAR 1.2 document)")
    return [_entry(str(path), index, entry) for index, entry in enumerate(entries)]
