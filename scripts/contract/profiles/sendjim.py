"""SendJim in the contract harness: a client of one auth scheme, and its wire checked request by request.

The scheme is private label unless ``SENDJIM_FUZZ_SCHEME=partner`` asks for a partner (grant
token) client. Every request the client sends is checked in-process, independently of the
client's own code:

* ``api_version: 3`` on every request (003, "API Authentication Changes From API v2 to v3");
* on every API operation, the Authorization header of the scheme in use, built from the sentinel
  credentials: ``Bearer base64(CLIENT_KEY:CLIENT_SECRET)`` (003, "Private Label Accounts") or
  ``Token <GrantToken>`` (003, "Integration Partner Accounts"); and no ``Authorization`` at all on
  ``POST /OAuth/Grant``, which goes to the members site (its own server in the spec);
* a JSON object body, sent as ``application/json``, exactly where the spec has a request body,
  the ``DELETE /contact/{id}/tag`` included (EVIDENCE.md:121: a JSON body ``{TagName}``);
  no body elsewhere;
* the client secret never travels in clear, in a URL or a body.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Mapping
from typing import Any

import httpx

from scripts.contract.harness import ContractError, Profile
from scripts.contract.wire import manifest_of, operation_of
from scripts.vendors import VENDORS

# Sentinel credentials: the checks below fail if the secret reaches the wire in clear.
SENDJIM_CREDENTIALS = {
    "client_key": "contract-client-key",
    "client_secret": "contract-client-secret-s3ntinel",
    "grant_token": "contract-grant-token-s3ntinel",
}
_BEARER = base64.b64encode(
    f"{SENDJIM_CREDENTIALS['client_key']}:{SENDJIM_CREDENTIALS['client_secret']}".encode()
).decode()
SCHEME = os.environ.get("SENDJIM_FUZZ_SCHEME", "private")
if SCHEME not in ("private", "partner"):
    raise ValueError("SENDJIM_FUZZ_SCHEME must be 'private' or 'partner'")
AUTHORIZATION = f"Bearer {_BEARER}" if SCHEME == "private" else f"Token {SENDJIM_CREDENTIALS['grant_token']}"
API_VERSION = "3"


MANIFEST = manifest_of(VENDORS["sendjim"])


def check_sendjim_request(request: httpx.Request) -> None:
    """``api_version``, the Authorization header of the scheme in use, JSON bodies (DELETE included)."""
    operation = operation_of(MANIFEST, request)
    name = operation.operation_id
    if request.headers.get_list("api_version") != [API_VERSION]:
        raise ContractError(f"{name}: api_version is {request.headers.get_list('api_version')!r}, not ['3']")
    secret = SENDJIM_CREDENTIALS["client_secret"].encode()
    # The partner's secret is a body field of the grant exchange, and nowhere else.
    if name != "oauthGrant" and (secret in request.content or secret in str(request.url).encode()):
        raise ContractError(f"{name}: the client secret was sent in clear")
    authorization = request.headers.get_list("authorization")
    if operation.security and authorization != [AUTHORIZATION]:
        raise ContractError(f"{name}: not the {SCHEME} Authorization header ({len(authorization)} sent)")
    if not operation.security and authorization:
        raise ContractError(f"{name} takes no Authorization header, yet one was sent")
    if operation.body is None:
        if request.content:
            raise ContractError(f"{name} has no request body, yet one was sent")
        return
    if request.headers.get("content-type") != "application/json":
        raise ContractError(f"{name} must send application/json, got {request.headers.get('content-type')!r}")
    try:
        document = json.loads(request.content)
    except ValueError:
        raise ContractError(f"{name}: the body is not JSON") from None
    if not isinstance(document, dict):
        raise ContractError(f"{name}: the body is not a JSON object")
    if name == "contactTagsRemove" and not (isinstance(document.get("TagName"), str) and document["TagName"]):
        raise ContractError("DELETE /contact/{id}/tag must carry its TagName in a JSON body")


def _sendjim_client(base_url: str, servers: Mapping[str, str], transport: httpx.BaseTransport) -> Any:
    import sendjim_client

    if SCHEME == "partner":
        return sendjim_client.create_client(
            grant_token=SENDJIM_CREDENTIALS["grant_token"], base_url=base_url, servers=servers, transport=transport
        )
    return sendjim_client.create_client(
        client_key=SENDJIM_CREDENTIALS["client_key"],
        client_secret=SENDJIM_CREDENTIALS["client_secret"],
        base_url=base_url,
        servers=servers,
        transport=transport,
    )


PROFILE = Profile(
    VENDORS["sendjim"],
    _sendjim_client,
    check_sendjim_request,
    # The base64 credential is the secret in another form: whoever has it can call the API.
    secrets=(SENDJIM_CREDENTIALS["client_secret"], _BEARER, SENDJIM_CREDENTIALS["grant_token"]),
)
