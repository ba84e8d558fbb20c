"""The standard auth of a spec's ``securitySchemes``: an API key (header, query or cookie), bearer, basic.

``standard_schemes(manifest)`` lists the schemes this module can send and the ``create_client``
parameter each takes (``api_key``; ``token``; ``username`` and ``password``; ``access_token`` for
an OAuth2 scheme, sent as a bearer token and never refreshed here; prefixed with the
scheme's name when two schemes would take the same one). ``SpecAuth`` sends, on each request,
the first security alternative of its operation whose credentials it holds, and nothing on an
operation whose security is ``[]``. Vendor auth (signatures, OAuth2 refresh) stays in the
vendor's layer; a spec with such schemes needs its own ``create_client``.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Generator, Mapping
from dataclasses import dataclass, replace

import httpx

from .errors import APIError
from .manifest import Manifest, Operation
from .redaction import register


class MissingCredentialsError(APIError, ValueError):
    """An operation needs credentials this client was not given (nothing was sent)."""


@dataclass(frozen=True)
class Scheme:
    """One security scheme of the spec that ``SpecAuth`` can send."""

    name: str
    kind: str
    """``apiKey``, ``bearer`` or ``basic``."""
    location: str | None = None
    """For an API key: ``header``, ``query`` or ``cookie``."""
    parameter: str | None = None
    """For an API key: the header, query parameter or cookie name."""
    prefix: str = ""
    """What the ``create_client`` parameters of this scheme start with (empty unless two schemes clash)."""
    oauth2: bool = False
    """An OAuth2 scheme: its access token is sent as a bearer token (refreshing it is the vendor layer's)."""

    @property
    def settings(self) -> tuple[str, ...]:
        """The ``create_client`` parameters (and environment variable suffixes) of this scheme."""
        names = {"apiKey": ("api_key",), "bearer": ("token",), "basic": ("username", "password")}[self.kind]
        if self.oauth2:
            names = ("access_token",)
        return tuple(self.prefix + name for name in names)


def _snake(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()).strip("_")


def standard_schemes(manifest: Manifest) -> list[Scheme]:
    """The schemes of the spec this module can send, in the spec's order."""
    found = []
    for name, scheme in manifest.security_schemes.items():
        kind = scheme.get("type")
        http_scheme = str(scheme.get("scheme", "")).lower()
        if kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie") and scheme.get("name"):
            found.append(Scheme(name, "apiKey", scheme["in"], scheme["name"]))
        elif kind == "http" and http_scheme in ("bearer", "basic"):
            found.append(Scheme(name, http_scheme))
        elif kind == "oauth2":
            found.append(Scheme(name, "bearer", oauth2=True))
    clashing = {names for names in {s.settings for s in found} if sum(s.settings == names for s in found) > 1}
    return [replace(s, prefix=f"{_snake(s.name)}_") if s.settings in clashing else s for s in found]


class SpecAuth(httpx.Auth):
    """Sends the credentials each operation's security requirement asks for (repr shows none)."""

    def __init__(self, manifest: Manifest, base_url: str, credentials: Mapping[str, Mapping[str, str]]) -> None:
        """``credentials``: scheme name → its settings (``{"ApiKeyAuth": {"api_key": "..."}}``)."""
        self._manifest = manifest
        self._base_url = base_url.rstrip("/")
        self._schemes = {scheme.name: scheme for scheme in standard_schemes(manifest)}
        self._credentials = {name: dict(values) for name, values in credentials.items() if name in self._schemes}
        for scheme_name, values in self._credentials.items():
            register(*values.values())
            if self._schemes[scheme_name].kind == "basic":
                register(self._basic(scheme_name))

    def __repr__(self) -> str:
        return f"SpecAuth(schemes={sorted(self._credentials)!r})"

    def _basic(self, scheme_name: str) -> str:
        username, password = self._credentials[scheme_name].values()
        return base64.b64encode(f"{username}:{password}".encode()).decode("ascii")

    def _requirement(self, operation: Operation | None) -> list[str]:
        alternatives = None if operation is None else operation.security
        if alternatives is None:
            alternatives = [[name] for name in self._credentials]  # the spec says nothing: send what we hold
            return alternatives[0] if alternatives else []
        for alternative in alternatives:
            if all(name in self._credentials for name in alternative):
                return alternative
        if not alternatives:
            return []
        needed = " or ".join("+".join(alternative) or "none" for alternative in alternatives)
        label = operation.operation_id if operation is not None else "this request"
        raise MissingCredentialsError(f"{label} needs the credentials of {needed}, which this client was not given")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the credentials of the operation's security requirement."""
        resolved = self._manifest.resolve(request, self._base_url)
        for name in self._requirement(None if resolved is None else resolved[1]):
            scheme = self._schemes[name]
            values = self._credentials[name]
            if scheme.kind == "bearer":
                request.headers["Authorization"] = f"Bearer {next(iter(values.values()))}"
            elif scheme.kind == "basic":
                request.headers["Authorization"] = f"Basic {self._basic(name)}"
            elif scheme.location == "header":
                request.headers[str(scheme.parameter)] = next(iter(values.values()))
            elif scheme.location == "query":
                request.url = request.url.copy_merge_params({str(scheme.parameter): next(iter(values.values()))})
            else:
                request.headers["Cookie"] = f"{scheme.parameter}={next(iter(values.values()))}"
        yield request
