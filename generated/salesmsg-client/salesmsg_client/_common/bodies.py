"""The JSON documents inside a request body: the body itself, or the JSON parts of a multipart body."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import httpx

from .manifest import Operation

JsonDocument = dict[str, Any]
SIGN_ATTEMPT = "sign_attempt"
"""Request extension: a callable the transport calls with the request before each retry, to sign it
afresh in place (SALESmanago's ``requestTime``: ``overrides/salesmanago/signing.py``)."""
_NAME = re.compile(rb'name="([^"]*)"')
_BOUNDARY = re.compile(r"boundary=\"?([^\";]+)\"?")


class Multipart:
    """A multipart/form-data body split into parts, re-encodable byte for byte."""

    def __init__(self, content_type: str, body: bytes) -> None:
        match = _BOUNDARY.search(content_type)
        if not match:
            raise ValueError("multipart body without a boundary")
        self.delimiter = b"--" + match.group(1).encode("ascii")
        chunks = body.split(self.delimiter)
        if len(chunks) < 3 or not chunks[-1].startswith(b"--"):
            raise ValueError("malformed multipart body")
        self.parts: list[tuple[bytes, bytes]] = []
        for chunk in chunks[1:-1]:
            head, _, data = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
            self.parts.append((head, data.removesuffix(b"\r\n")))

    def get(self, name: str) -> bytes | None:
        """The data of the part called ``name``."""
        for head, data in self.parts:
            match = _NAME.search(head)
            if match and match.group(1).decode() == name:
                return data
        return None

    def replace(self, name: str, data: bytes) -> None:
        """Swap the data of the part called ``name``."""
        for index, (head, _) in enumerate(self.parts):
            match = _NAME.search(head)
            if match and match.group(1).decode() == name:
                self.parts[index] = (head, data)

    def encode(self) -> bytes:
        """The body again, with the same boundary."""
        out = b"".join(self.delimiter + b"\r\n" + head + b"\r\n\r\n" + data + b"\r\n" for head, data in self.parts)
        return out + self.delimiter + b"--\r\n"


def _decode(data: bytes) -> JsonDocument | None:
    try:
        document = json.loads(data)
    except ValueError:
        return None
    return document if isinstance(document, dict) else None


def json_documents(request: httpx.Request, operation: Operation) -> list[tuple[str | None, JsonDocument | None]]:
    """Each JSON document of the body as ``(part name or None, document or None if not JSON)``."""
    body = operation.body
    if body is None:
        return []
    content = request.content
    if body["media_type"].startswith("multipart/"):
        multipart = Multipart(request.headers.get("content-type", ""), content)
        return [(part, _decode(multipart.get(part) or b"")) for part in body["json_parts"]]
    if "json" in body["media_type"]:
        # A body the caller never writes (only injected fields) arrives empty.
        return [(None, _decode(content) if content else {})]
    return []


def rewrite(
    request: httpx.Request, operation: Operation, edit: Callable[[str | None, JsonDocument], JsonDocument]
) -> httpx.Request:
    """A copy of ``request`` whose JSON documents went through ``edit``."""
    documents = [(part, doc) for part, doc in json_documents(request, operation) if doc is not None]
    if not documents:
        return request
    if documents[0][0] is None:
        content = _encode(edit(None, documents[0][1]))
    else:
        multipart = Multipart(request.headers.get("content-type", ""), request.content)
        for part, doc in documents:
            multipart.replace(str(part), _encode(edit(part, doc)))
        content = multipart.encode()
    headers = httpx.Headers({k: v for k, v in request.headers.items() if k.lower() != "content-length"})
    headers.setdefault("Content-Type", operation.body["media_type"] if operation.body else "application/json")
    return httpx.Request(request.method, request.url, headers=headers, content=content, extensions=request.extensions)


def replace_content(request: httpx.Request, content: bytes) -> None:
    """Give ``request`` a new buffered body, in place (no second request is built)."""
    request.stream = httpx.ByteStream(content)
    request._content = content  # what ``request.content`` returns once read
    request.headers["Content-Length"] = str(len(content))


def _encode(document: JsonDocument) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
