"""myCRMSIM routing and auth on the wire: which host, Basic or Bearer, for every operation."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Callable
from typing import Any

import httpx
import mycrmsim_client
import pytest
from mycrmsim_client import TokenSet
from mycrmsim_client._common.manifest import Manifest
from mycrmsim_client.api.messages import messages_send
from mycrmsim_client.api.oauth import oauth_revoke, oauth_token
from mycrmsim_client.api.users import user_locations_get
from mycrmsim_client.api.webhooks import webhooks_subscribe, webhooks_unsubscribe
from mycrmsim_client.client import Client
from mycrmsim_client.models import (
    RefreshTokenRequest,
    RevokeTokenRequest,
    SendMessageRequest,
    WebhookSubscribeRequest,
    WebhookUnsubscribeRequest,
)

from scripts.contract.harness import ContractError
from scripts.contract.profiles import mycrmsim as profile

MAIN = "https://backend.mysmsgateway.app"
DISPATCH = "https://api.mysmsgateway.app"
BASIC = "Basic " + base64.b64encode(b"the-id:the-secret-sentinel").decode()
BEARER = "Bearer the-access-sentinel"
MANIFEST = Manifest.for_package("mycrmsim_client")
HOOK = "https://hook.example/in"

CALLS: dict[str, Callable[[Any], Any]] = {
    "oauthToken": lambda c: oauth_token.sync_detailed(
        client=c, body=RefreshTokenRequest.from_dict({"grant_type": "refresh_token", "refresh_token": "r"})
    ),
    "oauthRevoke": lambda c: oauth_revoke.sync_detailed(client=c, body=RevokeTokenRequest(token="t")),
    "userLocationsGet": lambda c: user_locations_get.sync_detailed(client=c),
    "webhooksSubscribe": lambda c: webhooks_subscribe.sync_detailed(
        client=c,
        body=WebhookSubscribeRequest.from_dict({"targetUrl": HOOK, "event": "new_message", "locationId": "l"}),
    ),
    "webhooksUnsubscribe": lambda c: webhooks_unsubscribe.sync_detailed(
        client=c, body=WebhookUnsubscribeRequest.from_dict({"targetUrl": HOOK, "webhookId": "w", "locationId": "l"})
    ),
    "messagesSend": lambda c: messages_send.sync_detailed(
        client=c, body=SendMessageRequest.from_dict({"phone": "+15550100", "locationId": "l", "message": "hi"})
    ),
}


def recording_client(seen: list[httpx.Request], **kwargs: Any) -> Client:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(418)  # the answer does not matter here; nothing is parsed

    return mycrmsim_client.create_client(
        client_id="the-id",
        client_secret="the-secret-sentinel",
        tokens=TokenSet("the-access-sentinel", "the-refresh-sentinel"),
        on_refresh=lambda tokens: None,
        transport=httpx.MockTransport(handle),
        **kwargs,
    )


def test_every_operation_of_the_spec_is_covered_here() -> None:
    assert {op.operation_id for op in MANIFEST.operations} == set(CALLS)


@pytest.mark.parametrize("operation_id", sorted(CALLS))
def test_each_operation_goes_to_its_host_with_its_auth(operation_id: str) -> None:
    seen: list[httpx.Request] = []
    client = recording_client(seen)
    with pytest.raises(mycrmsim_client.APIStatusError):
        CALLS[operation_id](client)
    (request,) = seen
    (operation,) = [op for op in MANIFEST.operations if op.operation_id == operation_id]
    host = DISPATCH if operation_id == "messagesSend" else MAIN
    assert str(request.url) == host + operation.path
    assert request.headers["host"] == httpx.URL(host).host
    assert request.headers["authorization"] == (BASIC if operation_id == "oauthToken" else BEARER)
    assert b"the-secret-sentinel" not in request.content


def test_servers_maps_the_dispatch_host_elsewhere() -> None:
    seen: list[httpx.Request] = []
    client = recording_client(seen, base_url="http://main.test", servers={DISPATCH: "http://dispatch.test"})
    with pytest.raises(mycrmsim_client.APIStatusError):
        CALLS["messagesSend"](client)
    with pytest.raises(mycrmsim_client.APIStatusError):
        CALLS["userLocationsGet"](client)
    assert [request.url.host for request in seen] == ["dispatch.test", "main.test"]


def _request(url: str, authorization: str | None, content: bytes = b"{}") -> httpx.Request:
    headers = {} if authorization is None else {"Authorization": authorization}
    request = httpx.Request("POST", "http://127.0.0.1:1" + httpx.URL(url).path, headers=headers, content=content)
    request.extensions[profile.SPEC_URL] = url
    return request


def test_the_contract_profile_checks_host_and_auth() -> None:
    basic, bearer = profile._BASIC, profile._BEARER
    paths = {op.operation_id: op.path for op in MANIFEST.operations}
    token_url, send_path = MAIN + paths["oauthToken"], paths["messagesSend"]
    profile.check_mycrmsim_request(_request(token_url, basic))
    profile.check_mycrmsim_request(_request(DISPATCH + send_path, bearer))
    with pytest.raises(ContractError, match="not to"):
        profile.check_mycrmsim_request(_request(MAIN + send_path, bearer))
    with pytest.raises(ContractError, match="expected 'Basic'"):
        profile.check_mycrmsim_request(_request(token_url, bearer))
    with pytest.raises(ContractError, match="expected 'Bearer'"):
        profile.check_mycrmsim_request(_request(DISPATCH + send_path, basic))
    with pytest.raises(ContractError, match="not sent to a spec server"):
        profile.check_mycrmsim_request(httpx.Request("POST", "http://127.0.0.1:1" + send_path))
    secret = profile.MYCRMSIM_CREDENTIALS["client_secret"].encode()
    with pytest.raises(ContractError, match="client secret"):
        profile.check_mycrmsim_request(_request(token_url, basic, b'{"s": "' + secret + b'"}'))


def test_the_profiles_router_maps_sync_and_async_requests_alike() -> None:
    seen: list[tuple[str, str, str]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append((str(request.url), request.headers["host"], request.extensions[profile.SPEC_URL]))
        return httpx.Response(200)

    routes = {MAIN: "http://127.0.0.1:4010", DISPATCH: "http://127.0.0.1:4011"}
    router = profile.RoutingRecorder(httpx.MockTransport(handle), routes, httpx.MockTransport(handle))
    router.handle_request(httpx.Request("GET", MAIN + "/user/locations"))
    asyncio.run(router.handle_async_request(httpx.Request("POST", DISPATCH + "/messages")))
    assert seen == [
        ("http://127.0.0.1:4010/user/locations", "127.0.0.1:4010", MAIN + "/user/locations"),
        ("http://127.0.0.1:4011/messages", "127.0.0.1:4011", DISPATCH + "/messages"),
    ]
