"""The harness profile of a vendor without ``scripts/contract/profiles/<vendor>.py``: from the spec alone.

The client is the package's ``create_client`` given one sentinel credential per standard security
scheme (``security.standard_schemes``), sending to the spec's real servers through a
``RoutingRecorder`` that maps them onto the mock. Each request is checked in-process:

* it went to its operation's server (``wire.check_host``);
* it carries the credentials of its operation's first security alternative, where the scheme
  puts them (header, query, cookie, ``Authorization: Bearer``/``Basic``), and an operation whose
  security is ``[]`` carries none;
* no sentinel travels anywhere else (a body, another header, the URL).
"""

from __future__ import annotations

import base64
import importlib
from collections.abc import Mapping
from typing import Any

import httpx

from overrides._common.manifest import Manifest
from overrides._common.security import Scheme, standard_schemes
from scripts.contract.harness import ContractError, Profile
from scripts.contract.wire import RoutingRecorder, check_host, manifest_of
from scripts.vendors import Vendor


def sentinels(manifest: Manifest) -> dict[str, dict[str, str]]:
    """Scheme name → setting → a recognisable sentinel value."""
    return {
        scheme.name: {setting: f"contract-{setting.replace('_', '-')}-s3ntinel" for setting in scheme.settings}
        for scheme in standard_schemes(manifest)
    }


def _basic(values: Mapping[str, str]) -> str:
    username, password = values.values()
    return base64.b64encode(f"{username}:{password}".encode()).decode("ascii")


def _sent(scheme: Scheme, values: Mapping[str, str], request: httpx.Request) -> bool:
    value = next(iter(values.values()))
    if scheme.kind == "bearer":
        return request.headers.get_list("authorization") == [f"Bearer {value}"]
    if scheme.kind == "basic":
        return request.headers.get_list("authorization") == [f"Basic {_basic(values)}"]
    if scheme.location == "header":
        return request.headers.get_list(str(scheme.parameter)) == [value]
    if scheme.location == "query":
        return request.url.params.get_list(str(scheme.parameter)) == [value]
    return f"{scheme.parameter}={value}" in request.headers.get("cookie", "")


def _placements(schemes: list[Scheme]) -> tuple[set[str], set[str]]:
    """The headers (lower-case) and query parameters where these schemes put their credentials."""
    headers, query = set(), set()
    for scheme in schemes:
        if scheme.kind in ("bearer", "basic"):
            headers.add("authorization")
        elif scheme.location == "query":
            query.add(str(scheme.parameter))
        else:
            headers.add("cookie" if scheme.location == "cookie" else str(scheme.parameter).lower())
    return headers, query


def default_profile(vendor: Vendor, manifest: Manifest | None = None) -> Profile:
    """A profile built from the vendor's spec (or ``manifest``): declared auth and hosts checked on the wire."""
    manifest = manifest or manifest_of(vendor)
    schemes = {scheme.name: scheme for scheme in standard_schemes(manifest)}
    values = sentinels(manifest)
    secrets = tuple(value for settings in values.values() for value in settings.values())
    secrets += tuple(_basic(values[name]) for name, scheme in schemes.items() if scheme.kind == "basic")

    def make_client(base_url: str, servers: Mapping[str, str], transport: httpx.BaseTransport) -> Any:
        package = importlib.import_module(vendor.package)
        router = RoutingRecorder(transport, {manifest.servers[0]: base_url, **servers})
        credentials = {setting: value for settings in values.values() for setting, value in settings.items()}
        return package.create_client(transport=router, async_transport=router, **credentials)

    def check_request(request: httpx.Request) -> None:
        operation = check_host(manifest, request)
        alternatives = operation.security if operation.security is not None else [[name] for name in values][:1]
        expected = alternatives[0] if alternatives else []
        for name in expected:
            if name in schemes and not _sent(schemes[name], values[name], request):
                raise ContractError(f"{operation.operation_id}: not the {name} credentials the spec declares")
        headers_used, query_used = _placements([schemes[name] for name in expected if name in schemes])
        headers = " ".join(f"{key}: {value}" for key, value in request.headers.multi_items() if key not in headers_used)
        params = [(key, value) for key, value in request.url.params.multi_items() if key not in query_used]
        url = str(request.url.copy_with(params=params))
        for secret in secrets:
            if secret.encode() in request.content or secret in url or secret in headers:
                raise ContractError(f"{operation.operation_id}: a credential travels where its scheme does not put it")

    return Profile(vendor, make_client, check_request, secrets=secrets)
