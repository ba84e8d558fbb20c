"""SALESmanago request signing: the auth envelope injected into every JSON body."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Generator
from typing import Any

import httpx

from .._common import bodies
from .._common.credentials import check_credential
from .._common.manifest import Manifest
from .._common.redaction import pin

# The four fields every request body carries (002_49c1c1f03972444b.txt:11-25).
ENVELOPE_FIELDS = ("clientId", "apiKey", "requestTime", "sha")


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

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign the JSON body, or the JSON part of a multipart body (``/email/sendWithAttachment``)."""
        resolved = self._manifest.resolve(request, self._base_url)
        if resolved is None:
            yield request
            return
        _, operation = resolved
        yield bodies.rewrite(
            request,
            operation,
            lambda part, document: self.sign(document, self._manifest.body_properties(operation, part)),
        )
