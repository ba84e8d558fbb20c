"""Credential masking for messages, log records and reprs.

A process-wide registry of secret strings, in two parts. A client's own credentials are
*pinned* by the object that holds them (``pin(owner, ...)``: the auth, the token endpoint): they
stay masked as long as that object lives, whatever else is learnt, and are dropped with it.
Everything else is *learnt*: the credentials constructors ``register`` and the ones the
transport sees go by (authorization headers, credential-named query and form fields, tokens in
token replies, JSON or not), kept in a least-recently-used set of ``MAX_SECRETS``. ``redact``
replaces each known secret, and its URL-encoded forms, by ``<redacted>``; ``excerpt`` redacts
first and cuts afterwards, so a secret straddling the cut never shows in part.
"""

from __future__ import annotations

import base64
import binascii
import re
import threading
import urllib.parse
import weakref
from collections import OrderedDict
from collections.abc import Iterable, Mapping

import httpx

from .jsonbody import loads as loads_json
from .request_facts import query_params

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
# ``name=value`` or ``name: value`` pairs of a reply that is not JSON (form-encoded, text).
_TEXT_PAIR = re.compile(
    r"""([\w.-]*(?:token|secret|passw|api[-_]?key|apikey)[\w.-]*)["']?\s*[=:]\s*["']?([^\s&"',;<>]+)""",
    re.IGNORECASE,
)


def _forms(secret: object) -> set[str]:
    """A secret and its URL-encoded forms (empty for non-strings and values too short to mask)."""
    if not isinstance(secret, str) or len(secret) < MIN_LENGTH:
        return set()
    try:
        return {secret, urllib.parse.quote(secret, safe=""), urllib.parse.quote_plus(secret)}
    except UnicodeEncodeError:  # a lone surrogate: no URL form (and the constructor refuses it)
        return {secret}


class Registry:
    """The known secrets: pinned ones for their owner's life, learnt ones least-recently-used first out."""

    def __init__(self) -> None:
        self._secrets: OrderedDict[str, None] = OrderedDict()
        self._pinned: dict[int, frozenset[str]] = {}
        self._pattern: re.Pattern[str] | None = None
        self._lock = threading.Lock()
        self._names: dict[str, bool] = {}  # header and field names seen: credential-named or not
        self._by_header: dict[bytes, tuple[str, ...]] = {}  # a credential header's value: its secrets' forms

    def _sensitive(self, name: str) -> bool:
        """Whether a header or field name carries credentials (``SENSITIVE``, one search per name ever)."""
        known = self._names.get(name)
        if known is None:
            known = bool(SENSITIVE.search(name))
            if len(self._names) < MAX_SECRETS:
                self._names[name] = known
        return known

    def register(self, *secrets: str | None) -> None:
        """Learn secrets (and their URL-encoded forms); short or empty values are ignored."""
        self._learn([form for secret in secrets for form in _forms(secret)])

    def _header_forms(self, value: bytes, encoding: str) -> tuple[str, ...]:
        """The forms of the secrets a credential header's raw value carries (worked out once per value)."""
        forms = self._by_header.get(value)
        if forms is None:
            forms = tuple(form for secret in _header_secrets(value.decode(encoding)) for form in _forms(secret))
            if len(self._by_header) < MAX_SECRETS:
                self._by_header[value] = forms
        return forms

    def _learn(self, fresh: list[str]) -> None:
        if not fresh:
            return
        with self._lock:
            changed = False
            for form in fresh:
                if form in self._secrets:
                    self._secrets.move_to_end(form)
                else:
                    self._secrets[form] = None
                    changed = True
            while len(self._secrets) > MAX_SECRETS:
                self._secrets.popitem(last=False)
            if changed:
                self._pattern = None

    def pin(self, owner: object, *secrets: str | None) -> None:
        """Keep ``secrets`` masked for as long as ``owner`` lives (a client's own credentials).

        Pinning again for the same owner replaces its set (a refreshed token replaces the old
        one, which stays learnt). ``owner`` must accept weak references.
        """
        forms = frozenset(form for secret in secrets for form in _forms(secret))
        key = id(owner)
        with self._lock:
            previous = self._pinned.get(key)
            if previous is None:
                weakref.finalize(owner, self._unpin, key)
            self._pinned[key] = forms
            self._pattern = None
        for form in previous or ():
            self.register(form)

    def _unpin(self, key: int) -> None:
        # Runs from the garbage collector: no lock (it may be held by this very thread).
        self._pinned.pop(key, None)
        self._pattern = None

    def __contains__(self, secret: object) -> bool:
        return secret in self._secrets or any(secret in forms for forms in list(self._pinned.values()))

    def redact(self, text: str) -> str:
        """``text`` with every known secret masked."""
        if not text or not (self._secrets or self._pinned):
            return text
        pattern = self._pattern
        if pattern is None:
            with self._lock:
                known = set(self._secrets).union(*list(self._pinned.values()))
                ordered = sorted(known, key=len, reverse=True)  # longest first: no partial masks
                pattern = self._pattern = re.compile("|".join(map(re.escape, ordered)))
        return pattern.sub(MASK, text)

    def excerpt(self, text: str, limit: int) -> str:
        """``text`` redacted, on one line, then cut to ``limit`` characters (``…`` if cut)."""
        flat = " ".join(self.redact(text).split())
        return flat[:limit] + ("…" if len(flat) > limit else "")

    def learn_request(self, request: httpx.Request) -> None:
        """Register the credentials a request carries in its headers, query or form body."""
        found: list[str] = []  # secrets' forms
        sensitive = self._sensitive
        content_type = ""
        for name, value in request.headers.raw:
            key = name.decode("latin-1")
            if sensitive(key):
                found.extend(self._header_forms(value, request.headers.encoding))
            elif key.lower() == "content-type":
                content_type = value.decode("latin-1")
        secrets: list[str] = []
        if request.url.query:  # parsed only when there is a query
            secrets.extend(value for name, value in query_params(request).multi_items() if sensitive(name))
        if content_type.startswith("application/x-www-form-urlencoded"):
            try:
                form = urllib.parse.parse_qsl(request.content.decode(), keep_blank_values=False)
            except (httpx.RequestNotRead, UnicodeDecodeError):
                form = []
            secrets.extend(value for name, value in form if sensitive(name))
        found.extend(form for secret in secrets for form in _forms(secret))
        self._learn(found)

    def learn_response(self, response: httpx.Response) -> None:
        """Register tokens a JSON reply hands out (an OAuth token endpoint's ``access_token``…)."""
        content = response.content
        if not content or not any(hint in content.lower() for hint in _HINTS):
            return
        try:
            document = loads_json(content)
        except (ValueError, RecursionError):
            document = None
        if isinstance(document, Mapping):
            self.register(*_mapping_secrets(document))
            return
        # Not a JSON object (a form-encoded or text token reply): credential-named pairs.
        text = content.decode("utf-8", "replace")
        for source in (text, urllib.parse.unquote_plus(text)):
            self.register(*(value for _name, value in _TEXT_PAIR.findall(source)))


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
pin = REGISTRY.pin
redact = REGISTRY.redact
excerpt = REGISTRY.excerpt
