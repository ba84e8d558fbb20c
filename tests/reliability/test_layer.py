"""The shared layer in every vendor package, on in-memory transports: error classes, any status
survivable, Retry-After, the retry policy's rules, default timeouts, logging, reprs."""

from __future__ import annotations

import asyncio
import email.utils
import importlib
import logging
import re
import typing
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import pytest

from tests.fake_clock import SimulatedClock
from tests.reliability.targets import GENERIC_MANIFEST, NOW, installed_packages, layer, policy

PACKAGES = installed_packages()
SENTINEL = "layer-token-s3ntinel-9f8e7d"
LEGACY_NAMES = (
    "APIError",
    "RequestValidationError",
    "ResponseError",
    "APIStatusError",
    "InBandError",
    "InvalidResponseError",
)


def bare(package: str, handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> httpx.Client:
    """An httpx client on the package's ``VendorTransport`` (GET /things, POST /messages) over a fake."""
    transport = layer(package, "transport").VendorTransport(
        layer(package, "manifest").Manifest(GENERIC_MANIFEST),
        "https://api.example.com",
        sync_transport=httpx.MockTransport(handler),
        async_transport=httpx.MockTransport(handler),
        **options,
    )
    return httpx.Client(base_url="https://api.example.com", transport=transport)


def replies(*responses: httpx.Response) -> tuple[Callable[[httpx.Request], httpx.Response], list[httpx.Request]]:
    """A fake server answering with ``responses`` in turn (the last one forever)."""
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return responses[min(len(seen), len(responses)) - 1]

    return handle, seen


@pytest.mark.parametrize("package", PACKAGES)
def test_legacy_names_stay_importable_from_the_package(package: str) -> None:
    module = importlib.import_module(package)
    for name in LEGACY_NAMES:
        assert getattr(module, name) is getattr(layer(package, "errors"), name)


@pytest.mark.parametrize("package", PACKAGES)
@pytest.mark.parametrize(
    ("status", "name"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (405, "APIStatusError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
        (429, "RateLimitError"),
        (499, "APIStatusError"),
        (500, "ServerError"),
        (520, "ServerError"),
        (530, "ServerError"),
    ],
)
def test_each_status_class_has_its_error(package: str, status: int, name: str) -> None:
    handle, seen = replies(httpx.Response(status, json={"message": "nope"}))
    with pytest.raises(layer(package, "errors").APIStatusError) as raised:
        bare(package, handle, retry=policy(package, SimulatedClock(NOW), max_attempts=1)).post(
            "/messages?api_key=" + SENTINEL, json={}
        )
    error = raised.value
    assert type(error).__name__ == name
    assert (error.status_code, error.method, error.url) == (status, "POST", "https://api.example.com/messages")
    assert '{"message":"nope"}' in error.body
    assert SENTINEL not in str(error)
    assert len(seen) == 1


@pytest.mark.parametrize("package", PACKAGES)
@pytest.mark.parametrize("status", [218, 299])
def test_a_success_status_outside_http_status_is_a_typed_error_not_a_value_error(package: str, status: int) -> None:
    handle, _ = replies(httpx.Response(status, json={}))
    with pytest.raises(layer(package, "errors").APIStatusError) as raised:
        bare(package, handle).get("/things")
    assert raised.value.status_code == status


def test_the_generated_salesmanago_operation_raises_the_typed_error_on_520_and_299() -> None:
    salesmanago_client = pytest.importorskip("salesmanago_client")
    from salesmanago_client.api.contact_management import contact_upsert
    from salesmanago_client.models import ContactUpsertRequest

    body = ContactUpsertRequest.from_dict({"owner": "o@example.com", "contact": {"email": "a@example.com"}})
    errors = layer("salesmanago_client", "errors")
    for status, error in ((520, errors.ServerError), (299, errors.APIStatusError)):
        fake = httpx.MockTransport(lambda request, status=status: httpx.Response(status, json={"success": True}))
        client = salesmanago_client.create_client(
            client_id="c", api_key="k-key", api_secret="s-secret", transport=fake, async_transport=fake
        )
        with pytest.raises(error):
            contact_upsert.sync_detailed(client=client, body=body)


@pytest.mark.parametrize("package", PACKAGES)
@pytest.mark.parametrize("body", [b"<html>down</html>", b"", b'{"a": '])
def test_a_non_json_body_where_json_is_documented_is_invalid_response_error(package: str, body: bytes) -> None:
    handle, _ = replies(httpx.Response(200, content=body))
    with pytest.raises(layer(package, "errors").InvalidResponseError):
        bare(package, handle).get("/things")


@pytest.mark.parametrize("package", PACKAGES)
def test_retry_after_reads_seconds_and_http_dates(package: str) -> None:
    retry_after = layer(package, "errors").retry_after

    def after(value: str) -> float | None:
        return retry_after(httpx.Response(429, headers={"Retry-After": value}), lambda: NOW)  # type: ignore[no-any-return]

    assert after("7") == 7.0
    assert after(email.utils.formatdate(NOW + 30, usegmt=True)) == 30.0
    assert after(email.utils.formatdate(NOW - 30, usegmt=True)) == 0.0
    assert after("soon") is None
    assert retry_after(httpx.Response(429)) is None


@pytest.mark.parametrize("package", PACKAGES)
def test_a_429_without_retry_after_waits_the_policy_default(package: str) -> None:
    fake = SimulatedClock(NOW)
    handle, seen = replies(httpx.Response(429, json={}), httpx.Response(200, json={}))
    bare(package, handle, retry=policy(package, fake, rate_limit_wait=60.0)).post("/messages", json={})
    assert (len(seen), fake.sleeps) == (2, [60.0])


@pytest.mark.parametrize("package", PACKAGES)
def test_jitter_shortens_the_backoff_by_at_most_its_fraction(package: str) -> None:
    retry_policy = layer(package, "retry").RetryPolicy
    assert retry_policy(random=lambda: 1.0, jitter=0.25).backoff(3) == 2.0 * 0.75
    assert retry_policy(random=lambda: 0.0).backoff(10) == 8.0
    with pytest.raises(ValueError, match="max_attempts"):
        retry_policy(max_attempts=0)


@pytest.mark.parametrize("package", PACKAGES)
def test_a_408_and_504_are_retried_only_when_idempotent(package: str) -> None:
    for status in (408, 504):
        for path, method, expected in (("/things", "GET", 2), ("/messages", "POST", 1)):
            handle, seen = replies(httpx.Response(status, json={}), httpx.Response(200, json={}))
            client = bare(package, handle, retry=policy(package, SimulatedClock(NOW)))
            try:
                client.request(method, path, json={} if method == "POST" else None)
            except layer(package, "errors").APIStatusError:
                pass
            assert len(seen) == expected, (status, method)


@pytest.mark.parametrize("package", PACKAGES)
def test_a_timeout_is_set_when_the_client_sets_none(package: str) -> None:
    handle, seen = replies(httpx.Response(200, json={}))
    client = bare(package, handle)
    client.timeout = httpx.Timeout(None)
    client.get("/things")
    assert seen[0].extensions["timeout"] == layer(package, "retry").DEFAULT_TIMEOUT.as_dict()


@pytest.mark.parametrize("package", PACKAGES)
def test_one_debug_line_per_attempt_and_nothing_at_info(package: str, caplog: pytest.LogCaptureFixture) -> None:
    handle, _ = replies(httpx.Response(503, json={}), httpx.Response(200, json={}))
    client = bare(package, handle, retry=policy(package, SimulatedClock(NOW)))
    with caplog.at_level(logging.DEBUG, logger=package):
        client.get("/things?token=" + SENTINEL)
    lines = [record for record in caplog.records if record.name == package]
    assert [record.levelno for record in lines] == [logging.DEBUG, logging.DEBUG]
    first, second = (record.getMessage() for record in lines)
    assert first.startswith("GET https://api.example.com/things -> 503 in ")
    assert first.endswith("(attempt 1/3, retry in 0.50s)")
    assert second.endswith("(attempt 2/3)")
    assert SENTINEL not in first + second
    caplog.clear()
    with caplog.at_level(logging.INFO):
        client.get("/things")
    assert [record for record in caplog.records if record.name == package] == []


@pytest.mark.parametrize("package", PACKAGES)
def test_httpx_logs_mask_learned_credentials(package: str, caplog: pytest.LogCaptureFixture) -> None:
    handle, _ = replies(httpx.Response(200, json={}))
    transport = bare(package, handle)._transport
    client = httpx.Client(base_url="https://api.example.com", transport=transport)
    with caplog.at_level(logging.DEBUG, logger="httpx"):
        client.get("/things", params={"access_token": SENTINEL + "-q"}, headers={"Authorization": f"Bearer {SENTINEL}"})
    assert any(record.name == "httpx" for record in caplog.records)
    assert all(SENTINEL not in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize("package", PACKAGES)
def test_the_generated_client_keeps_credentials_out_of_its_repr(package: str) -> None:
    client_module = importlib.import_module(f"{package}.client")
    # No token attribute to leak: the package authenticates through its httpx.Auth, and the
    # generated functions typed for AuthenticatedClient take the same class.
    assert client_module.AuthenticatedClient is client_module.Client
    plain = client_module.Client(
        base_url="https://api.example.com",
        headers={"X-Api-Key": SENTINEL},
        httpx_args={"auth": httpx.BasicAuth("user", SENTINEL)},
    )
    assert SENTINEL not in repr(plain)
    plain.get_httpx_client()
    assert SENTINEL not in repr(plain)


@pytest.mark.parametrize("package", PACKAGES)
def test_the_async_path_retries_and_waits_on_the_fake_clock(package: str) -> None:
    fake = SimulatedClock(NOW)
    handle, seen = replies(httpx.Response(502, json={}), httpx.Response(200, json={"ok": True}))
    transport = typing.cast(httpx.AsyncBaseTransport, bare(package, handle, retry=policy(package, fake))._transport)

    async def run() -> Any:
        async with httpx.AsyncClient(base_url="https://api.example.com", transport=transport) as client:
            return (await client.get("/things")).json()

    assert asyncio.run(run()) == {"ok": True}
    assert (len(seen), fake.sleeps) == (2, [0.5])


@pytest.mark.parametrize("package", PACKAGES)
def test_the_constructor_keeps_its_old_signature(package: str) -> None:
    handle, _ = replies(httpx.Response(200, json={}))
    manifest = layer(package, "manifest").Manifest(GENERIC_MANIFEST)
    transport = layer(package, "transport").VendorTransport(
        manifest,
        "https://api.example.com",
        check=layer(package, "transport").default_check_response,
        servers={},
        sync_transport=httpx.MockTransport(handle),
        async_transport=None,
    )
    assert transport.retry.max_attempts == 3
    assert transport.limiter is None


@pytest.mark.parametrize("package", PACKAGES)
def test_a_status_the_auth_defers_is_handed_back_unchecked(package: str) -> None:
    handle, seen = replies(httpx.Response(401, json={}), httpx.Response(200, json={"ok": True}))
    deferred = layer(package, "oauth").DEFERRED_STATUSES

    class RetryOn401(httpx.Auth):
        def auth_flow(self, request: httpx.Request) -> Any:
            request.extensions = {**request.extensions, deferred: frozenset({401})}
            response = yield request
            if response.status_code == 401:
                request.extensions = {k: v for k, v in request.extensions.items() if k != deferred}
                yield request

    client = bare(package, handle)
    assert client.get("/things", auth=RetryOn401()).json() == {"ok": True}
    assert len(seen) == 2


@pytest.mark.parametrize("package", PACKAGES)
def test_credentials_seen_on_the_wire_are_masked_in_errors(package: str) -> None:
    user, password, refreshed = "basic-user-s3ntinel", "basic-pass-s3ntinel", "refreshed-token-s3ntinel"
    basic = httpx.BasicAuth(user, password)
    token_reply = httpx.Response(200, json={"access_token": refreshed, "token_type": "Bearer"})
    echo = httpx.Response(400, text=f"wrong {user}:{password} and {refreshed}")
    handle, _ = replies(token_reply, echo)
    client = bare(package, handle, retry=policy(package, SimulatedClock(NOW), max_attempts=1))
    client.get("/things", auth=basic)  # a token endpoint's reply: the token is learned
    with pytest.raises(layer(package, "errors").BadRequestError) as raised:
        client.get("/things", auth=basic)
    text = str(raised.value)
    assert "wrong <redacted>:<redacted> and <redacted>" in text


SIDE_EFFECT_WORDS = {"send", "upsert", "mailing", "create", "add", "delete", "remove", "modify", "subscribe"}


def _words(operation_id: str) -> set[str]:
    """``contactBatchUpsertV2`` -> {contact, batch, upsert, v}."""
    return {word.lower() for word in re.findall(r"[A-Z]?[a-z]+", operation_id)}


@pytest.mark.parametrize("package", PACKAGES)
def test_no_send_mailing_or_upsert_is_marked_safe_to_retry(package: str) -> None:
    # The transport retries an operation after it may have been processed only if the manifest
    # calls it idempotent: a message, mailing or upsert marked so could be sent twice.
    manifest = importlib.import_module(f"{package}._common.manifest").Manifest.for_package(package)
    # Side effects are the manifest's: every POST or PATCH the spec does not mark x-idempotent.
    side_effects = {op.operation_id for op in manifest.operations if not op.idempotent}
    writes = {op.operation_id for op in manifest.operations if op.method.upper() in ("POST", "PATCH")}
    risky = {op.operation_id for op in manifest.operations if SIDE_EFFECT_WORDS & _words(op.operation_id)}
    assert sorted((risky & writes) - side_effects) == []


CREDENTIAL_WIRE_NAMES = {"access_token", "refresh_token", "client_secret", "code", "token", "password", "GrantToken"}


@pytest.mark.parametrize("package", PACKAGES)
def test_response_wrappers_and_models_keep_credentials_out_of_their_repr(package: str) -> None:
    types = importlib.import_module(f"{package}.types")
    response = types.Response(status_code=200, content=SENTINEL.encode(), headers={"x-token": SENTINEL}, parsed=None)
    assert SENTINEL not in repr(response) + str(response)
    models = importlib.import_module(f"{package}.models")
    checked = 0
    for name in models.__all__:
        model = getattr(models, name)
        if not attrs.has(model):
            continue
        fields = [field.name for field in attrs.fields(model) if field.name != "additional_properties"]
        instance: Any = model(**{field: f"value-of-{field}" for field in fields})
        try:
            wire = {key: value for key, value in instance.to_dict().items() if isinstance(value, str)}
        except (AttributeError, TypeError, ValueError):
            continue  # fields that are not plain text: no credential among them in our specs
        secret = [value.removeprefix("value-of-") for key, value in wire.items() if key in CREDENTIAL_WIRE_NAMES]
        if not secret:
            continue
        shown = repr(instance)
        assert [field for field in secret if f"value-of-{field}" in shown] == [], name
        assert all(f"value-of-{field}" in shown for field in fields if field not in secret), name
        checked += 1
    schemas = importlib.import_module(f"{package}._common.manifest").Manifest.for_package(package).components["schemas"]
    bearing = sorted(
        name for name, schema in schemas.items() if CREDENTIAL_WIRE_NAMES & set(schema.get("properties", {}))
    )
    # The spec's credential-bearing schemas (token requests, replies, logins) must each have been checked.
    assert checked >= min(len(bearing), 1), f"{package}: no model checked, though the spec has {bearing}"
