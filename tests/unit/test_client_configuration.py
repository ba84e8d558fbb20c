"""One switch to a mock (``base_url`` moves every operation) and settings from the environment."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import httpx
import mycrmsim_client
import pytest
import salesmanago_client
import salesmsg_client
import sendjim_client
from mycrmsim_client.api.messages import messages_send
from mycrmsim_client.models import SendMessageRequest
from sendjim_client.api.o_auth import oauth_grant
from sendjim_client.models import GrantRequest

MOCK = "http://mock.test"


def _recorder(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(418)

    return httpx.MockTransport(handle)


def _send(call: Callable[[], Any]) -> None:
    with contextlib.suppress(Exception):  # the 418 answer raises; only where the request went matters here
        call()


def test_base_url_moves_sendjims_members_site_grant_too() -> None:
    seen: list[httpx.Request] = []
    client = sendjim_client.create_client(grant_token="g", base_url=MOCK, transport=_recorder(seen))
    body = GrantRequest.from_dict({"ClientKey": "k", "ClientSecret": "s", "RequestToken": "r"})
    _send(lambda: oauth_grant.sync_detailed(client=client, body=body))
    assert [str(request.url) for request in seen] == [f"{MOCK}/OAuth/Grant"]


def test_base_url_moves_mycrmsims_dispatch_host_too() -> None:
    seen: list[httpx.Request] = []
    client = mycrmsim_client.create_client(
        client_id="i",
        client_secret="s",
        tokens=mycrmsim_client.TokenSet("a", "r", None),
        on_refresh=lambda tokens: None,
        base_url=MOCK,
        transport=_recorder(seen),
    )
    body = SendMessageRequest.from_dict({"phone": "+15550100", "locationId": "l", "message": "hi"})
    _send(lambda: messages_send.sync_detailed(client=client, body=body))
    assert [request.url.host for request in seen] == ["mock.test"]


def test_servers_still_maps_a_single_host_when_base_url_is_given() -> None:
    seen: list[httpx.Request] = []
    members = "https://members.sendjim.com"
    client = sendjim_client.create_client(
        grant_token="g", base_url=MOCK, servers={members: "http://members.test"}, transport=_recorder(seen)
    )
    body = GrantRequest.from_dict({"ClientKey": "k", "ClientSecret": "s", "RequestToken": "r"})
    _send(lambda: oauth_grant.sync_detailed(client=client, body=body))
    assert [request.url.host for request in seen] == ["members.test"]


def test_without_base_url_an_operation_keeps_its_own_server() -> None:
    seen: list[httpx.Request] = []
    client = sendjim_client.create_client(grant_token="g", transport=_recorder(seen))
    body = GrantRequest.from_dict({"ClientKey": "k", "ClientSecret": "s", "RequestToken": "r"})
    _send(lambda: oauth_grant.sync_detailed(client=client, body=body))
    assert [request.url.host for request in seen] == ["members.sendjim.com"]


ENVIRONMENTS: dict[str, tuple[Callable[[], Any], dict[str, str]]] = {
    "salesmanago": (
        lambda: salesmanago_client.create_client(),
        {"SALESMANAGO_CLIENT_ID": "env-id", "SALESMANAGO_API_KEY": "env-key", "SALESMANAGO_API_SECRET": "env-s3cret"},
    ),
    "salesmsg": (lambda: salesmsg_client.create_client(), {"SALESMSG_ACCESS_TOKEN": "env-t0ken"}),
    "sendjim": (
        lambda: sendjim_client.create_client(),
        {"SENDJIM_CLIENT_KEY": "env-key", "SENDJIM_CLIENT_SECRET": "env-s3cret"},
    ),
    "mycrmsim": (
        lambda: mycrmsim_client.create_client(tokens=None, on_refresh=lambda tokens: None),
        {"MYCRMSIM_CLIENT_ID": "env-id", "MYCRMSIM_CLIENT_SECRET": "env-s3cret"},
    ),
}


@pytest.mark.parametrize("vendor", list(ENVIRONMENTS))
def test_credentials_and_base_url_come_from_the_environment(vendor: str, monkeypatch: pytest.MonkeyPatch) -> None:
    make, variables = ENVIRONMENTS[vendor]
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv(f"{vendor.upper()}_BASE_URL", MOCK)
    client = make()
    assert str(client.get_httpx_client().base_url).rstrip("/") == MOCK


@pytest.mark.parametrize("vendor", list(ENVIRONMENTS))
def test_a_missing_variable_is_named_and_no_value_is_shown(vendor: str, monkeypatch: pytest.MonkeyPatch) -> None:
    make, variables = ENVIRONMENTS[vendor]
    last = list(variables)[-1]
    for name, value in variables.items():
        if name != last:
            monkeypatch.setenv(name, value)
    monkeypatch.delenv(last, raising=False)
    with pytest.raises(ValueError, match=last) as raised:
        make()
    package = {"salesmanago": salesmanago_client, "salesmsg": salesmsg_client, "sendjim": sendjim_client}.get(
        vendor, mycrmsim_client
    )
    assert isinstance(raised.value, package.ConfigurationError)
    assert not any(value in str(raised.value) for value in variables.values())
