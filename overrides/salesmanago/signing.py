"""SALESmanago request signing: the auth envelope injected into every JSON body."""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable, Generator
from typing import Any

import httpx

from .._common import bodies
from .._common.credentials import check_credential
from .._common.manifest import Manifest, Operation
from .._common.redaction import pin

# The four fields every request body carries (002_49c1c1f03972444b.txt:11-25).
ENVELOPE_FIELDS = ("clientId", "apiKey", "requestTime", "sha")
_REQUEST_TIME = re.compile(rb'"requestTime":[0-9]+')


def signature(api_key: str, client_id: str, api_secret: str) -> str:
    """``sha``: lowercase hex SHA-1 of apiKey + clientId + apiSecret, no separators (EVIDENCE.md, SALESmanago)."""
    return hashlib.sha1((api_key + client_id + api_secret).encode("utf-8"), usedforsecurity=False).hexdigest()


def _require_text(name: str, value: object) -> str:
    return check_credential(name, value)


class SalesmanagoAuth(httpx.Auth):
    """Adds ``clientId``, ``apiKey``, ``requestTime`` (ms, fresh per request) and ``sha`` to each body.

    The secret only enters the constant ``sha`` and is not kept. Fields the spec lists in
    ``x-client-defaults`` (the default ``owner``) are filled in where the operation takes
    them and the caller left them out.
    """

    requires_request_body = True

    def __init__(
        self,
        manifest: Manifest,
        base_url: str,
        *,
        client_id: str,
        api_key: str,
        api_secret: str,
        owner: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._manifest = manifest
        self._base_url = base_url
        self.client_id = _require_text("client_id", client_id)
        self._api_key = _require_text("api_key", api_key)
        self._sha = signature(self._api_key, self.client_id, _require_text("api_secret", api_secret))
        pin(self, self._api_key, api_secret, self._sha)  # masked for this client's whole life
        self.defaults = {"owner": _require_text("owner", owner)} if owner is not None else {}
        self._clock = clock
        self._properties: dict[tuple[str, str | None], set[str]] = {}
        # Per operation: the signed body's head around ``requestTime`` (the rest is constant).
        self._heads: dict[str, tuple[bytes, ...] | None] = {}
        self._names = [f'"{name}"'.encode() for name in (*ENVELOPE_FIELDS, *self.defaults)]

    def __repr__(self) -> str:
        return (
            f"SalesmanagoAuth(client_id={self.client_id!r}, api_key=<redacted>, owner={self.defaults.get('owner')!r})"
        )

    def envelope(self) -> dict[str, Any]:
        """The auth fields for a request sent now."""
        return {
            "clientId": self.client_id,
            "apiKey": self._api_key,
            "requestTime": int(self._clock() * 1000),
            "sha": self._sha,
        }

    def sign(self, document: dict[str, Any], accepted: set[str]) -> dict[str, Any]:
        """The document with the envelope first (where the operation takes one) and accepted defaults."""
        signed = self.envelope() if accepted.issuperset(ENVELOPE_FIELDS) else {}
        signed.update((key, value) for key, value in document.items() if key not in ENVELOPE_FIELDS)
        for key, value in self.defaults.items():
            if key in accepted and key not in signed:
                signed[key] = value
        return signed

    def _accepted(self, operation: Operation, part: str | None) -> set[str]:
        key = (operation.operation_id, part)
        accepted = self._properties.get(key)
        if accepted is None:
            accepted = self._properties[key] = self._manifest.body_properties(operation, part)
        return accepted

    def _splice(self, content: bytes, operation: Operation) -> bytes | None:
        """The signed body built by putting the envelope in front of the caller's JSON, or None.

        The common case (a JSON object body naming none of the fields signing sets) needs no
        decoding: httpx wrote the object, the envelope goes after its ``{``. Anything else
        (multipart, an empty body, a body naming an envelope or default field) returns None.
        """
        if operation.body is None or "json" not in operation.body["media_type"] or not content.startswith(b"{"):
            return None
        if any(name in content for name in self._names):
            return None
        head = self._head(operation, int(self._clock() * 1000))
        if head is None:
            return content
        rest = content[1:].lstrip()
        return head + (b"}" if rest.startswith(b"}") else b"," + rest)

    def _head(self, operation: Operation, request_time: int) -> bytes | None:
        """``{`` and the fields signing puts first, without the closing brace (None: no field to add).

        Everything but ``requestTime`` is the same for every request of an operation, so it is
        encoded once: the bytes around the time are kept per operation.
        """
        key = operation.operation_id
        if key not in self._heads:
            accepted = self._accepted(operation, None)
            fields: dict[str, Any] = self.envelope() if accepted.issuperset(ENVELOPE_FIELDS) else {}
            fields.update((name, value) for name, value in self.defaults.items() if name in accepted)
            timed = "requestTime" in fields
            if timed:
                fields["requestTime"] = 0
            text = json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")[:-1]
            # the time's place: values are JSON strings, so this text occurs only as the field itself
            self._heads[key] = None if not fields else text.partition(b'"requestTime":0') if timed else (text,)
        parts = self._heads[key]
        if parts is None:
            return None
        if len(parts) == 1:
            return parts[0]
        before, field, after = parts
        return before + field[:-1] + b"%d" % request_time + after

    def _sign(self, request: httpx.Request, operation: Operation) -> None:
        """Sign ``request`` in place: envelope first, accepted defaults filled in."""
        content = request.content
        spliced = self._splice(content, operation)
        if spliced is None:
            signed = bodies.rewrite(
                request,
                operation,
                lambda part, document: self.sign(document, self._accepted(operation, part)),
            )
            if signed is request:
                return
            spliced = signed.content
            request.headers.setdefault("Content-Type", signed.headers["Content-Type"])
        bodies.replace_content(request, spliced)

    def _resign(self, request: httpx.Request) -> None:
        """A fresh ``requestTime`` before a retry (the envelope leads the body: its first match)."""
        fresh = b'"requestTime":%d' % int(self._clock() * 1000)
        bodies.replace_content(request, _REQUEST_TIME.sub(fresh, request.content, count=1))

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign the JSON body, or the JSON part of a multipart body (``/email/sendWithAttachment``).

        Each retry is signed again by the transport (``bodies.SIGN_ATTEMPT``), so ``requestTime``
        is fresh per attempt.
        """
        resolved = self._manifest.resolve(request, self._base_url)
        if resolved is None:
            yield request
            return
        self._sign(request, resolved[1])
        request.extensions = {**request.extensions, bodies.SIGN_ATTEMPT: self._resign}
        yield request
