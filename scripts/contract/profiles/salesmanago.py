"""SALESmanago in the contract harness: a signing client, and the envelope checked on the wire."""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
import json
import time
import typing
from collections.abc import Mapping
from typing import Any

import httpx

from scripts.contract.harness import ContractError, Profile
from scripts.contract.wire import manifest_of, operation_of
from scripts.spec import views as spec_views
from scripts.vendors import VENDORS

# Sentinel credentials: the checks below fail if any of them but the public ones reaches the wire.
SALESMANAGO_CREDENTIALS = {
    "client_id": "contract-client-id",
    "api_key": "contract-api-key",
    "api_secret": "contract-api-secret-s3ntinel",
}
SALESMANAGO_OWNER = "owner@example.com"
_SENTINEL_SHA = hashlib.sha1(  # noqa: S324 -- the vendor's signature scheme
    "".join(SALESMANAGO_CREDENTIALS[key] for key in ("api_key", "client_id", "api_secret")).encode()
).hexdigest()


def _unsigned_paths() -> set[str]:
    """Spec paths of the operations whose body takes no auth envelope."""
    spec = spec_views.load(VENDORS["salesmanago"].spec_path)
    envelope = "#/components/schemas/AuthEnvelope"
    return {
        path
        for _method, path, operation in spec_views.operations(spec)
        if envelope not in json.dumps(operation.get("requestBody", {}))
    }


UNSIGNED_PATHS = _unsigned_paths()
MANIFEST = manifest_of(VENDORS["salesmanago"])


def json_documents(request: httpx.Request) -> list[dict[str, Any]]:
    """The JSON documents of a request, parsed independently of the client's own code."""
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/"):
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + request.content
        )
        documents = []
        for part in message.iter_parts():
            if part.get_content_type() == "application/json":
                documents.append(json.loads(typing.cast(bytes, part.get_payload(decode=True))))
        return documents
    if "json" in content_type:
        return [json.loads(request.content)]
    return []


def _salesmanago_client(base_url: str, servers: Mapping[str, str], transport: httpx.BaseTransport) -> Any:
    import salesmanago_client

    return salesmanago_client.create_client(
        client_id=SALESMANAGO_CREDENTIALS["client_id"],
        api_key=SALESMANAGO_CREDENTIALS["api_key"],
        api_secret=SALESMANAGO_CREDENTIALS["api_secret"],
        owner=SALESMANAGO_OWNER,
        base_url=base_url,
        servers=servers,
        transport=transport,
    )


def check_salesmanago_request(request: httpx.Request) -> None:
    """Every request carries a correct ``sha`` and a fresh ``requestTime`` in ms; the secret never travels."""
    import salesmanago_client

    secret = SALESMANAGO_CREDENTIALS["api_secret"].encode()
    if secret in request.content or secret in str(request.url).encode():
        raise ContractError("the API secret was sent")
    expected = salesmanago_client.signature(
        SALESMANAGO_CREDENTIALS["api_key"], SALESMANAGO_CREDENTIALS["client_id"], SALESMANAGO_CREDENTIALS["api_secret"]
    )
    documents = json_documents(request)
    if not documents:
        raise ContractError(f"no JSON document in {request.method} {request.url}")
    now_ms = time.time() * 1000
    signed = operation_of(MANIFEST, request).path not in UNSIGNED_PATHS
    for document in documents:
        if not signed:
            if set(document) & {"sha", "apiKey"}:
                raise ContractError(f"{request.url.path} takes no auth envelope, yet one was sent")
            continue
        if document.get("sha") != expected:
            raise ContractError(f"wrong sha {document.get('sha')!r} in {request.url.path}")
        if document.get("clientId") != SALESMANAGO_CREDENTIALS["client_id"]:
            raise ContractError("wrong clientId")
        sent = document.get("requestTime")
        if not isinstance(sent, int) or not now_ms - 60_000 <= sent <= now_ms + 1_000:
            raise ContractError(f"requestTime {sent!r} is not the current time in milliseconds")


PROFILE = Profile(
    VENDORS["salesmanago"],
    _salesmanago_client,
    check_salesmanago_request,
    # The sha is a credential too: whoever has it can sign requests.
    secrets=(SALESMANAGO_CREDENTIALS["api_key"], SALESMANAGO_CREDENTIALS["api_secret"], _SENTINEL_SHA),
)
