"""myCRMSIM credentials in errors and logs: the constructor's and the ones learnt on the way are masked."""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any, cast

import httpx
import mycrmsim_client
import pytest
from mycrmsim_client import TokenSet
from mycrmsim_client._common.manifest import Manifest
from mycrmsim_client.api.users import user_locations_get
from mycrmsim_client.client import Client

NOW = 1_800_000_000.0
MANIFEST = Manifest.for_package("mycrmsim_client")
TOKEN_PATH = next(op.path for op in MANIFEST.operations if op.operation_id == "oauthToken")
REDIRECT = "https://app.example/oauth/callback"


def fresh(kind: str) -> str:
    """A credential no other test has registered, so masking it proves this client learnt it."""
    return f"{kind}-{uuid.uuid4().hex}"


class EchoingVendor:
    """Hands out new tokens at the token endpoint and answers every API call with a 500 that quotes
    the caller's ``Authorization`` header (the worst case: a vendor echoing the credential)."""

    def __init__(self) -> None:
        self.issued: list[str] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            access, refresh = fresh("learnt-access"), fresh("learnt-refresh")
            self.issued += [access, refresh]
            return httpx.Response(
                200, json={"access_token": access, "refresh_token": refresh, "token_type": "Bearer", "expires_in": 3600}
            )
        shown = request.headers.get("authorization", "")
        return httpx.Response(500, json={"error": "server_error", "message": f"could not use {shown}"})


def make_client(vendor: EchoingVendor, tokens: TokenSet | None, client_secret: str) -> Client:
    return mycrmsim_client.create_client(
        client_id="client-id-1",
        client_secret=client_secret,
        tokens=tokens,
        on_refresh=lambda tokens: None,
        transport=httpx.MockTransport(vendor.handle),
        async_transport=httpx.MockTransport(vendor.handle),
        clock=lambda: NOW,
        retry=mycrmsim_client.NO_RETRY,
    )


def shown_everywhere(error: BaseException, records: list[logging.LogRecord]) -> str:
    return "\n".join([str(error), repr(error), cast(Any, error).body, *(record.getMessage() for record in records)])


@pytest.fixture
def records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    caplog.set_level(logging.DEBUG)
    return caplog.records


def test_the_constructors_secrets_are_masked_in_errors_and_logs(records: list[logging.LogRecord]) -> None:
    secret, access, refresh = fresh("secret"), fresh("access"), fresh("refresh")
    client = make_client(EchoingVendor(), TokenSet(access, refresh, NOW + 3600), secret)
    with pytest.raises(mycrmsim_client.ServerError) as error:
        user_locations_get.sync_detailed(client=client)
    text = shown_everywhere(error.value, records)
    assert "<redacted>" in str(error.value)  # the echo was there, and masked
    for value in (secret, access, refresh):
        assert value not in text


def test_a_refreshed_token_never_shows_in_an_error_or_a_log_record(records: list[logging.LogRecord]) -> None:
    vendor = EchoingVendor()
    client = make_client(vendor, TokenSet(fresh("expired-access"), fresh("old-refresh"), NOW - 1), fresh("secret"))
    with pytest.raises(mycrmsim_client.ServerError) as error:
        user_locations_get.sync_detailed(client=client)
    assert len(vendor.issued) == 2  # the refresh happened: its access token was sent, and echoed
    assert "<redacted>" in str(error.value)
    text = shown_everywhere(error.value, records)
    for value in vendor.issued:
        assert value not in text


def test_an_exchanged_token_and_the_code_never_show_async(records: list[logging.LogRecord]) -> None:
    vendor = EchoingVendor()
    client = make_client(vendor, None, fresh("secret"))
    code = fresh("code")

    async def run() -> None:
        await mycrmsim_client.aexchange_code(client, code=code, redirect_uri=REDIRECT)
        await user_locations_get.asyncio_detailed(client=client)

    with pytest.raises(mycrmsim_client.ServerError) as error:
        asyncio.run(run())
    assert len(vendor.issued) == 2
    text = shown_everywhere(error.value, records)
    for value in (*vendor.issued, code):
        assert value not in text
