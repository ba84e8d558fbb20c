"""Salesmsg in the contract harness: an OAuth2 client whose token has expired, and the wire checked.

The client starts with an expired access token, so its first call refreshes it through the mock
(Prism validates the form-encoded refresh against the spec), and the rotated tokens go to the
save callback. Every request the client sends, the refresh included, is checked in-process:

* every operation but the two token endpoints carries ``Authorization: Bearer <current token>``;
* the token endpoints get exactly the form fields of 000 / EVIDENCE.md:35-37, form-encoded,
  with no query string; the automatic refresh sends the client's credentials and current
  refresh token and no ``Authorization`` header;
* only ``POST /contacts/list`` and ``PUT /contacts/{contact}`` have a (JSON) body; every other
  write sends its input as query parameters (EVIDENCE.md:50-52), each a documented parameter of
  its operation, encoded as a plain value (integers in decimal, booleans ``true``/``false``,
  dates ``YYYY-MM-DD``), and MMS media as the repeated ``media_url[][url]`` parameter, one URL
  per file;
* the client secret travels only in token-endpoint bodies, the access token only in the header.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx

from overrides._common.network import network_transport
from scripts.contract.harness import ContractError, Profile
from scripts.contract.wire import manifest_of, operation_of
from scripts.spec import views as spec_views
from scripts.vendors import VENDORS

FROZEN_NOW = 1_800_000_000.0
"""The client's clock: the initial token is expired at it, a refreshed one never is."""
SALESMSG_CREDENTIALS = {
    "client_id": "contract-client-id",
    "client_secret": "contract-client-secret-s3ntinel",
    "access_token": "contract-access-token-s3ntinel",
    "refresh_token": "contract-refresh-token-s3ntinel",
}
TOKEN_OPERATIONS = {"oauthTokenExchange": "authorization_code", "oauthTokenRefresh": "refresh_token"}
FORM = "application/x-www-form-urlencoded"
MEDIA_PARAMETER = "media_url[][url]"
_INTEGER = re.compile(r"-?[0-9]+")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


@dataclass
class WireOperation:
    """What the check needs of one spec operation."""

    operation_id: str
    method: str
    query: dict[str, dict[str, Any]]
    body: dict[str, Any] | None


@dataclass
class TokenState:
    """The tokens the client holds now, as its save callback last heard of them."""

    access_token: str = SALESMSG_CREDENTIALS["access_token"]
    refresh_token: str = SALESMSG_CREDENTIALS["refresh_token"]
    refreshes: list[str] = field(default_factory=list)

    def reset(self) -> None:
        """Back to the initial (expired) tokens, for a new client."""
        self.access_token = SALESMSG_CREDENTIALS["access_token"]
        self.refresh_token = SALESMSG_CREDENTIALS["refresh_token"]
        self.refreshes.clear()

    def save(self, tokens: Any) -> None:
        """The ``on_refresh`` callback."""
        self.access_token = tokens.access_token
        self.refresh_token = tokens.refresh_token
        self.refreshes.append("refreshed")


STATE = TokenState()
"""The tokens ``check_salesmsg_request`` compares with when it is given no state of its own."""
CHECKED = "salesmsg_wire_checked"
"""Request extension set by ``CheckingTransport`` once the request passed the wire check."""


def _resolve(spec: spec_views.Spec, node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if not ref:
        return node
    target: Any = spec
    for step in ref.removeprefix("#/").split("/"):
        target = target[step]
    return _resolve(spec, target)


def _operations() -> list[WireOperation]:
    spec = spec_views.load(VENDORS["salesmsg"].spec_path)
    found = []
    for method, path, operation in spec_views.operations(spec):
        parameters = [
            _resolve(spec, p) for p in spec["paths"][path].get("parameters", []) + operation.get("parameters", [])
        ]
        body = None
        for media_type, media in (operation.get("requestBody") or {}).get("content", {}).items():
            body = {"media_type": media_type, "schema": _resolve(spec, media["schema"])}
        query = {p["name"]: p["schema"] for p in parameters if p["in"] == "query"}
        found.append(WireOperation(operation["operationId"], method, query, body))
    return found


OPERATIONS = {operation.operation_id: operation for operation in _operations()}
MANIFEST = manifest_of(VENDORS["salesmsg"])


def _operation(request: httpx.Request) -> WireOperation:
    return OPERATIONS[operation_of(MANIFEST, request).operation_id]


def _check_value(operation: WireOperation, name: str, value: str, schema: dict[str, Any]) -> None:
    schema = schema.get("x-client-schema", schema)  # the client sends the documented form (issue 11)
    types = {member.get("type") for member in schema.get("anyOf", [schema])}
    where = f"{operation.operation_id}: query parameter {name!r}"
    if "string" in types:
        if schema.get("format") == "date" and not _DATE.fullmatch(value):
            raise ContractError(f"{where} is not a YYYY-MM-DD date")
        if schema.get("format") == "uri" and not _URI.match(value):  # one URL, not a serialised list
            raise ContractError(f"{where} is not a single URL")
        return
    if "integer" in types and not _INTEGER.fullmatch(value):
        raise ContractError(f"{where} is not a decimal integer")
    if "boolean" in types and value not in ("true", "false"):
        raise ContractError(f"{where} is not true/false")


def _check_query(request: httpx.Request, operation: WireOperation) -> None:
    pairs = parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True, strict_parsing=False)
    seen: dict[str, int] = {}
    for name, value in pairs:
        schema = operation.query.get(name)
        if schema is None:
            raise ContractError(f"{operation.operation_id}: undocumented query parameter {name!r}")
        seen[name] = seen.get(name, 0) + 1
        if schema.get("type") == "array":
            if name != MEDIA_PARAMETER or not value:
                raise ContractError(f"{operation.operation_id}: {name!r} must repeat one non-empty URL per file")
            _check_value(operation, name, value, schema["items"])
        else:
            if seen[name] > 1:
                raise ContractError(f"{operation.operation_id}: query parameter {name!r} sent twice")
            _check_value(operation, name, value, schema)
    if any(key.startswith("media_url") and key != MEDIA_PARAMETER for key, _ in pairs):
        raise ContractError("media must be sent as media_url[][url], one parameter per file")


def _check_token_request(request: httpx.Request, operation: WireOperation, state: TokenState) -> None:
    if request.headers.get("content-type") != FORM:
        raise ContractError(f"{operation.operation_id} must be {FORM}, got {request.headers.get('content-type')!r}")
    if request.url.query:
        raise ContractError(f"{operation.operation_id} takes no query string")
    pairs = parse_qsl(request.content.decode("ascii"), keep_blank_values=True, strict_parsing=True)
    form = dict(pairs)
    assert operation.body is not None
    schema = operation.body["schema"]
    if len(form) != len(pairs) or not set(schema["required"]) <= set(form) <= set(schema["properties"]):
        raise ContractError(f"{operation.operation_id}: form fields {sorted(form)} are not those of the docs")
    if form["grant_type"] != TOKEN_OPERATIONS[operation.operation_id]:
        raise ContractError(f"{operation.operation_id}: wrong grant_type")
    authorization = request.headers.get("authorization")
    if authorization is not None and authorization != f"Bearer {state.access_token}":
        raise ContractError(f"{operation.operation_id}: an unexpected Authorization header")
    if form.get("client_secret") == SALESMSG_CREDENTIALS["client_secret"]:  # the client's own refresh
        expected = {
            "grant_type": "refresh_token",
            "client_id": SALESMSG_CREDENTIALS["client_id"],
            "client_secret": SALESMSG_CREDENTIALS["client_secret"],
            "refresh_token": state.refresh_token,
            "scope": "public-api",
        }
        if form != expected or authorization is not None:
            raise ContractError("the automatic refresh is not the documented form (or carries a bearer token)")


def check_salesmsg_request(request: httpx.Request, state: TokenState | None = None) -> None:
    """Bearer token, form and query encodings as the docs describe; no credential where it does not belong.

    ``state`` holds the tokens the checked client has now (by default, the harness client's).
    """
    state = state or STATE
    operation = _operation(request)
    secret = SALESMSG_CREDENTIALS["client_secret"].encode()
    token = state.access_token.encode()
    if len(token) >= 16 and token in request.content + str(request.url).encode():  # shorter mock tokens match by chance
        raise ContractError("the access token was sent outside the Authorization header")
    if operation.operation_id in TOKEN_OPERATIONS:
        _check_token_request(request, operation, state)
        return
    if secret in request.content + str(request.url).encode():
        raise ContractError("the client secret was sent to an API operation")
    if request.headers.get("authorization") != f"Bearer {state.access_token}":
        raise ContractError(f"{operation.operation_id}: no 'Authorization: Bearer <current token>' header")
    _check_query(request, operation)
    if operation.body is None:
        if request.content:
            raise ContractError(f"{operation.operation_id} takes its input as query parameters, yet a body was sent")
        return
    if request.headers.get("content-type") != "application/json":
        raise ContractError(f"{operation.operation_id} must send JSON")
    if not isinstance(json.loads(request.content), dict):
        raise ContractError(f"{operation.operation_id}: the body is not a JSON object")


class CheckingTransport(httpx.BaseTransport):
    """Runs the wire check on every request, the automatic refresh included, then sends it."""

    def __init__(self, inner: httpx.BaseTransport, state: TokenState) -> None:
        self._inner = inner
        self._state = state

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Check, then send."""
        check_salesmsg_request(request, self._state)
        request.extensions = {**request.extensions, CHECKED: True}
        return self._inner.handle_request(request)

    def close(self) -> None:
        """Close the wrapped transport."""
        self._inner.close()


MOCK_RATE_LIMIT = 100_000
"""Requests a minute against the mock: the limiter stays in the path (200 concurrent calls share it)
but never waits; the real 60 a minute would make a 200-call run last over three minutes, and a
mock has no limit to respect."""


def _expired_client(inner: httpx.BaseTransport, base_url: str, state: TokenState) -> Any:
    """A client whose access token expired before its first call: the first call refreshes it.

    Every request it sends, the refresh included, is checked against ``state``, which its save
    callback keeps up to date.
    """
    import salesmsg_client

    state.reset()
    expired = salesmsg_client.TokenSet(
        SALESMSG_CREDENTIALS["access_token"], SALESMSG_CREDENTIALS["refresh_token"], expires_at=FROZEN_NOW - 1
    )
    return salesmsg_client.create_client(
        expired,
        client_id=SALESMSG_CREDENTIALS["client_id"],
        client_secret=SALESMSG_CREDENTIALS["client_secret"],
        on_refresh=state.save,
        rate_limit=MOCK_RATE_LIMIT,
        base_url=base_url,
        transport=CheckingTransport(inner, state),
        clock=lambda: FROZEN_NOW,
    )


def _salesmsg_client(base_url: str, servers: Mapping[str, str], transport: httpx.BaseTransport) -> Any:
    # Salesmsg has no operation-level server, so ``servers`` has nothing to map.
    return _expired_client(transport, base_url, TokenState())


def _was_checked(request: httpx.Request) -> None:
    # Each client made here checks its own requests against its own tokens as they go out
    # (CheckingTransport); what the harness sees must have gone through that check.
    if not request.extensions.get(CHECKED):
        raise ContractError(f"{request.method} {request.url.path} bypassed the wire check")


def expired_token_client(base_url: str, servers: Mapping[str, str]) -> tuple[Any, Callable[[], int]]:
    """A client with an expired access token, and how many refreshes it has made so far.

    Its sync requests are wire-checked like the harness client's; async ones (the concurrency
    test) go through the client's own network transport.
    """
    state = TokenState()
    client = _expired_client(network_transport(), base_url, state)
    return client, lambda: len(state.refreshes)


PROFILE = Profile(
    VENDORS["salesmsg"],
    _salesmsg_client,
    _was_checked,
    secrets=(
        SALESMSG_CREDENTIALS["client_secret"],
        SALESMSG_CREDENTIALS["access_token"],
        SALESMSG_CREDENTIALS["refresh_token"],
    ),
    expired_token_client=expired_token_client,
)
