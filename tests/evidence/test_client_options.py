"""``create_client(..., record=, validation=, validate_responses=)`` of every package, through the factory.

Each package's test kit (``<package>._overrides.testing.client_for``) calls the package's own
``create_client`` with placeholder credentials; the options go through it to the transport. The
operations and fields come from each package's wire manifest, never from vendor names.
"""

from __future__ import annotations

import importlib
import json
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.reliability.targets import installed_packages

PACKAGES = installed_packages()
SENTINEL = "sentinel-value-" + "z" * 3000  # breaks any maxLength and type integer; must never be logged
Answer = Callable[[httpx.Request], httpx.Response]


def _layer(package: str, module: str) -> Any:
    return importlib.import_module(f"{package}._common.{module}")


def _manifest(package: str) -> Any:
    return _layer(package, "manifest").Manifest.for_package(package)


def _client(package: str, answer: Answer, sent: list[httpx.Request], **options: Any) -> Any:
    def transport(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer(request)

    testing = _layer(package, "testing")
    return testing.mock_client(
        package, _manifest(package).servers[0], {}, transport=httpx.MockTransport(transport), **options
    )


def _ok(_request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={})


def _properties(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema:
        return _properties(components[schema["$ref"].rsplit("/", 1)[-1]], components)
    found = dict(schema.get("properties") or {})
    for member in schema.get("allOf") or []:
        found.update(_properties(member, components))
    return found


def _candidates(package: str) -> Iterator[tuple[Any, str, dict[str, Any]]]:
    """(operation, field, httpx request arguments) putting the sentinel in one constrained field."""
    manifest = _manifest(package)
    components = manifest.components["schemas"]
    for operation in manifest.operations:
        if "{" in operation.path:
            continue
        for parameter in operation.query or []:
            if "maxLength" in parameter["schema"] or parameter["schema"].get("type") == "integer":
                yield operation, parameter["name"], {"params": {parameter["name"]: SENTINEL}}
        body = operation.body or {}
        if "json" in body.get("media_type", ""):
            for name, schema in _properties(body["schema"], components).items():
                if "maxLength" in schema:
                    yield operation, name, {"json": {name: SENTINEL}}


def _rejected_request(package: str) -> tuple[Any, dict[str, Any], Any]:
    """A request the spec rejects, the sentinel in the field it names if any operation allows it; and the error."""
    errors = _layer(package, "errors")
    sent: list[httpx.Request] = []
    strict = _client(package, _ok, sent)
    first: tuple[Any, dict[str, Any], Any] | None = None
    for operation, name, arguments in _candidates(package):
        try:
            strict.get_httpx_client().request(operation.method, operation.path, **arguments)
        except errors.RequestValidationError as error:
            if error.field == name:
                return operation, arguments, error
            first = first or (operation, arguments, error)
    assert not sent, "strict validation sent a request the spec rejects"
    assert first is not None, f"{package}: no operation with a constrained field"
    return first


@pytest.mark.parametrize("package", PACKAGES)
def test_record_writes_the_exchange_with_credentials_redacted(package: str, tmp_path: Path) -> None:
    har = tmp_path / "calls.har"
    sent: list[httpx.Request] = []
    client = _client(package, _ok, sent, record=str(har), validation="off")
    operation = next(op for op in _manifest(package).operations if "{" not in op.path and op.security != [])
    client.get_httpx_client().request(operation.method, operation.path)
    entries = json.loads(har.read_text(encoding="utf-8"))["log"]["entries"]
    assert len(sent) == 1 and len(entries) == 1
    assert entries[0]["request"]["method"] == operation.method
    assert entries[0]["request"]["url"].split("?")[0].endswith(operation.path)
    registry = _layer(package, "redaction").REGISTRY
    wire = sent[0]
    values = [value.split(" ", 1)[-1] for value in wire.headers.values()]
    if wire.content and wire.headers.get("content-type", "").startswith("application/json"):
        values += [str(value) for value in json.loads(wire.content).values()]
    secrets = [value for value in values if len(value) >= 8 and value in registry]
    assert secrets, f"{package}: the request carried no credential the test could look for"
    text = har.read_text(encoding="utf-8")
    for secret in secrets:
        assert secret not in text


@pytest.mark.parametrize("package", PACKAGES)
def test_validation_warn_sends_and_logs_field_and_rule_not_the_value(
    package: str, caplog: pytest.LogCaptureFixture
) -> None:
    operation, arguments, error = _rejected_request(package)
    sent: list[httpx.Request] = []
    client = _client(package, _ok, sent, validation="warn", validate_responses="off")
    with caplog.at_level(logging.WARNING):
        client.get_httpx_client().request(operation.method, operation.path, **arguments)
    assert len(sent) == 1
    warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1, warnings
    assert repr(error.field) in warnings[0] and error.rule in warnings[0]
    assert "sentinel-value" not in caplog.text


@pytest.mark.parametrize("package", PACKAGES)
def test_validate_responses_strict_raises_on_an_off_spec_answer(package: str) -> None:
    drift = _layer(package, "drift")
    components = _manifest(package).components["schemas"]
    operation, name = next(
        (op, name)
        for op in _manifest(package).operations
        if "{" not in op.path and "200" in (op.response_schemas or {})
        for name, schema in _properties(op.response_schemas["200"], components).items()
        if schema.get("type") == "string"
    )
    sent: list[httpx.Request] = []
    off_spec = httpx.Response(200, json={name: 12345})  # a documented string field as a number
    client = _client(package, lambda _r: off_spec, sent, validation="off", validate_responses="strict")
    with pytest.raises(drift.ResponseValidationError):
        client.get_httpx_client().request(operation.method, operation.path)
    assert len(sent) == 1


@pytest.mark.parametrize("package", PACKAGES)
@pytest.mark.parametrize(
    ("option", "listed"), [("validation", "strict, warn, off"), ("validate_responses", "warn, strict, off")]
)
def test_an_unknown_mode_is_a_clear_value_error(package: str, option: str, listed: str) -> None:
    with pytest.raises(ValueError, match=f"{option} must be one of {listed}"):
        _client(package, _ok, [], **{option: "loose"})
