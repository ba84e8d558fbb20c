"""Credential masking for messages, log records and reprs.

A process-wide registry of secret strings: constructors ``register`` the credentials they
are given, and the transport learns the ones it sees go by (authorization headers,
credential-named query and form fields, tokens in token replies), so a refreshed OAuth token
or a credential a vendor echoes back is masked too. ``redact`` replaces each known secret,
and its URL-encoded form, by ``<redacted>``.
"""

from __future__ import annotations

import base64
import binascii
import re
import threading
import urllib.parse
from collections.abc import Iterable, Mapping

import httpx

from .jsonbody import loads as loads_json

MASK = "<redacted>"
MIN_LENGTH = 4
MAX_SECRETS = 4096
# Names of headers, query and form fields, and JSON keys that carry credentials.
SENSITIVE = re.compile(
    r"auth|token|secret|passw|api[-_]?key|apikey|^key$|^sha$|^code$|signature|session|cookie|credential",
    re.IGNORECASE,
)
# JSON keys of a reply that hand out a credential (narrower: a reply's ``code`` is no secret).
_HANDED_OUT = re.compile(r"token|secret|passw|api[-_]?key|apikey", re.IGNORECASE)
_HINTS = (b"token", b"secret", b"passw", b"key")


class Registry:
    """The known secrets; oldest forgotten first past ``MAX_SECRETS``."""

    def __init__(self) -> None:
        self._secrets: dict[str, None] = {}
        self._pattern: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def register(self, *secrets: str | None) -> None:
        """Remember secrets (and their URL-encoded forms); short or empty values are ignored."""
        fresh = []
        for secret in secrets:
            if not isinstance(secret, str) or len(secret) < MIN_LENGTH or secret in self._secrets:
                continue
            for form in {secret, urllib.parse.quote(secret, safe=""), urllib.parse.quote_plus(secret)}:
                if form not in self._secrets:
                    fresh.append(form)
        if not fresh:
            return
        with self._lock:
            for form in fresh:
                self._secrets[form] = None
            while len(self._secrets) > MAX_SECRETS:
                del self._secrets[next(iter(self._secrets))]
            self._pattern = None

    def __contains__(self, secret: object) -> bool:
        return secret in self._secrets

    def redact(self, text: str) -> str:
        """``text`` with every known secret masked."""
        if not self._secrets or not text:
            return text
        pattern = self._pattern
        if pattern is None:
            with self._lock:
                ordered = sorted(self._secrets, key=len, reverse=True)  # longest first: no partial masks
                pattern = self._pattern = re.compile("|".join(map(re.escape, ordered)))
        return pattern.sub(MASK, text)

    def learn_request(self, request: httpx.Request) -> None:
        """Register the credentials a request carries in its headers, query or form body."""
        found: list[str] = []
        for name, value in request.headers.items():
            if SENSITIVE.search(name):
                found.extend(_header_secrets(value))
        found.extend(value for name, value in request.url.params.multi_items() if SENSITIVE.search(name))
        if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            try:
                form = urllib.parse.parse_qsl(request.content.decode(), keep_blank_values=False)
            except (httpx.RequestNotRead, UnicodeDecodeError):
                form = []
            found.extend(value for name, value in form if SENSITIVE.search(name))
        if found:
            self.register(*found)

    def learn_response(self, response: httpx.Response) -> None:
        """Register tokens a JSON reply hands out (an OAuth token endpoint's ``access_token``…)."""
        content = response.content
        if not content or not any(hint in content for hint in _HINTS):
            return
        try:
            document = loads_json(content)
        except ValueError:
            return
        if isinstance(document, Mapping):
            self.register(*_mapping_secrets(document))


def _header_secrets(value: str) -> list[str]:
    """A credential header's value, its token after the scheme, and decoded Basic credentials."""
    found = [value]
    scheme, _, token = value.partition(" ")
    if token:
        found.append(token.strip())
        if scheme.lower() == "basic":
            try:
                user, _, password = base64.b64decode(token, validate=True).decode().partition(":")
            except (binascii.Error, UnicodeDecodeError):
                return found
            found.extend((user, password))
    return found


def _mapping_secrets(document: Mapping[str, object]) -> Iterable[str]:
    for key, value in document.items():
        if isinstance(value, str) and _HANDED_OUT.search(key) and not key.endswith("_type"):
            yield value
        elif isinstance(value, Mapping):
            yield from _mapping_secrets(value)


REGISTRY = Registry()
register = REGISTRY.register
redact = REGISTRY.redact
