"""One HTTP request checked two ways: against the spec (openapi-core) and by the client's own validator.

openapi-core is the kept OpenAPI 3.1 validator (parameters, bodies of every media type, security,
servers with variables); the client's validator is the package's ``RequestValidator`` over its wire
manifest, the check a request must pass before the client sends it.
"""

from __future__ import annotations

import importlib
import json
import warnings
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlencode

import httpx
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest

from scripts.spec import views as spec_views
from scripts.vendors import VENDORS

warnings.filterwarnings("ignore", "Unsupported scheme type")  # openapi-core skips OAuth2 schemes


@dataclass(frozen=True)
class Verdict:
    """Whether a request passed one check, and the first reason it did not."""

    accepted: bool
    reason: str = ""


@cache
def openapi(vendor: str) -> OpenAPI:
    """The vendor's spec as an openapi-core validator (compiled once)."""
    return OpenAPI.from_dict(spec_views.load(VENDORS[vendor].spec_path))


def spec_check(vendor: str, request: httpx.Request) -> Verdict:
    """Validate a request against the vendor's spec with openapi-core."""
    url = request.url
    headers = {key: value for key, value in request.headers.items()}
    mock = MockRequest(
        f"{url.scheme}://{url.netloc.decode()}",
        request.method.lower(),
        url.path,
        args=_multidict(url.params.multi_items()),
        headers=headers,
        data=request.content or None,
        content_type=request.headers.get("content-type", ""),
    )
    try:
        openapi(vendor).validate_request(mock)
    except Exception as error:  # openapi-core raises one family per failure kind
        return Verdict(False, describe(error))
    return Verdict(True)


def _multidict(items: list[tuple[str, str]]) -> Any:
    from werkzeug.datastructures import ImmutableMultiDict

    return ImmutableMultiDict(items)


def describe(error: BaseException) -> str:
    """A short reason: the error and the schema errors under it (no values quoted)."""
    parts = [type(error).__name__]
    cause: BaseException | None = error
    while cause is not None:
        for inner in getattr(cause, "schema_errors", None) or ():
            where = ".".join(str(step) for step in getattr(inner, "path", ()) or ())
            parts.append(
                f"{where or '<root>'}: {getattr(inner, 'validator', '?')} {getattr(inner, 'validator_value', '')}"[:160]
            )
        cause = cause.__cause__ or cause.__context__
        if cause is not None and type(cause).__name__ not in parts:
            parts.append(type(cause).__name__)
    return "; ".join(dict.fromkeys(parts))


@cache
def _client_layer(vendor: str) -> tuple[Any, Any]:
    package = VENDORS[vendor].package
    manifest_module = importlib.import_module(f"{package}._common.manifest")
    validation = importlib.import_module(f"{package}._common.validation")
    manifest = manifest_module.Manifest.for_package(package)
    return manifest, validation.RequestValidator(manifest)


def client_check(vendor: str, request: httpx.Request, base_url: str) -> Verdict:
    """Run the installed client's own pre-send check: the operation must exist and validate."""
    manifest, validator = _client_layer(vendor)
    resolved = manifest.resolve(request, base_url)
    if resolved is None:
        return Verdict(False, "operation unknown to the client")
    _path, operation = resolved
    try:
        validator.validate(request, operation)
    except ValueError as error:  # RequestValidationError is a ValueError
        return Verdict(False, str(error))
    return Verdict(True)


def build_request(
    method: str,
    url: str,
    *,
    query: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
    json_body: Any = None,
    form: dict[str, Any] | None = None,
    content_type: str | None = None,
) -> httpx.Request:
    """An httpx request as a client would put it on the wire."""
    header_map = dict(headers or {})
    content: bytes | None = None
    if json_body is not None:
        content = json.dumps(json_body).encode()
        header_map.setdefault("Content-Type", content_type or "application/json")
    elif form is not None:
        content = urlencode(form).encode()
        header_map.setdefault("Content-Type", content_type or "application/x-www-form-urlencoded")
    target = httpx.URL(url, params=query or None)
    return httpx.Request(method, target, headers=header_map, content=content)
