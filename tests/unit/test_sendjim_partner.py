"""The SendJim partner OAuth flow: /OAuth/Account URL with state, the callback, /OAuth/Grant before expiry."""

from __future__ import annotations

import asyncio
import json
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import sendjim_client

KEY, SECRET = "123M56789", "partner-secret-SENTINEL"
CALLBACK = "https://yourapp.example/callback_url"
REQUEST_TOKEN = "1aa8d6ad-f2c5-4979-91bc-fd656123c945"  # 003's example callback
GRANT_TOKEN = "f607435a-f773-4e1a-a592-caa15498fe8de03b7b4d-2a13-469d-ac72-c4a59772038d"
GRANTED = {"GrantToken": GRANT_TOKEN, "UserFirstName": "Jane", "UserLastName": "Doe", "Username": "jane@example.com"}


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class Members:
    """A fake members site answering the grant exchange; keeps what it received."""

    def __init__(self, reply: httpx.Response | None = None) -> None:
        self.received: list[httpx.Request] = []
        self.reply = reply or httpx.Response(200, json=GRANTED)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.received.append(request)
        return self.reply

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        return self.handle(request)


APP = sendjim_client.PartnerApp(client_key=KEY, client_secret=SECRET, callback_url=CALLBACK)


def callback_for(state: str, expires: str = "3599") -> str:
    return f"{CALLBACK}?requestToken={REQUEST_TOKEN}&expires={expires}&state={state}"


def test_authorization_url_carries_key_callback_and_a_fresh_random_state() -> None:
    url, state = APP.authorization_url()
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://members.sendjim.com/OAuth/Account"
    assert parse_qs(parts.query) == {"clientKey": [KEY], "callbackUrl": [CALLBACK], "state": [state]}
    assert len(state) >= 32
    assert APP.authorization_url()[1] != state
    assert SECRET not in url


def test_the_callback_gives_a_request_token_that_expires_after_expires_seconds() -> None:
    _, state = APP.authorization_url()
    token = APP.request_token_from_callback(state, callback_for(state), clock=Clock(1000.0))
    assert token.value == REQUEST_TOKEN
    assert token.expires_at == 1000.0 + 3599
    assert REQUEST_TOKEN not in repr(token)


def test_a_callback_as_a_mapping_works_too() -> None:
    _, state = APP.authorization_url()
    params = {"requestToken": REQUEST_TOKEN, "expires": "60", "state": state}
    assert APP.request_token_from_callback(state, params, clock=Clock(0.0)).expires_at == 60.0


@pytest.mark.parametrize("received", [None, "forged-state"])
def test_a_missing_or_foreign_state_is_refused(received: str | None) -> None:
    _, state = APP.authorization_url()
    callback = f"{CALLBACK}?requestToken={REQUEST_TOKEN}&expires=3599" + (f"&state={received}" if received else "")
    with pytest.raises(sendjim_client.OAuthStateError):
        APP.request_token_from_callback(state, callback)


@pytest.mark.parametrize(
    ("query", "message"),
    [("expires=3599", "no 'requestToken'"), (f"requestToken={REQUEST_TOKEN}&expires=soon", "'expires' is not")],
)
def test_a_callback_without_a_usable_token_is_refused(query: str, message: str) -> None:
    _, state = APP.authorization_url()
    with pytest.raises(sendjim_client.PartnerAuthorizationError, match=message):
        APP.request_token_from_callback(state, f"{CALLBACK}?{query}&state={state}")


def test_grant_exchanges_the_request_token_at_the_members_site() -> None:
    clock, members = Clock(), Members()
    _, state = APP.authorization_url()
    token = APP.request_token_from_callback(state, callback_for(state), clock=clock)
    clock.now += 3598
    grant = APP.grant(token, clock=clock, transport=httpx.MockTransport(members.handle))
    assert grant == sendjim_client.Grant(GRANT_TOKEN, "Jane", "Doe", "jane@example.com")
    assert GRANT_TOKEN not in repr(grant)
    (request,) = members.received
    assert (request.method, str(request.url)) == ("POST", "https://members.sendjim.com/OAuth/Grant")
    assert json.loads(request.content) == {"ClientKey": KEY, "ClientSecret": SECRET, "RequestToken": REQUEST_TOKEN}
    assert request.headers["api_version"] == "3"
    assert "Authorization" not in request.headers


def test_an_expired_request_token_is_refused_before_anything_is_sent() -> None:
    clock, members = Clock(), Members()
    _, state = APP.authorization_url()
    token = APP.request_token_from_callback(state, callback_for(state, expires="60"), clock=clock)
    clock.now += 75
    with pytest.raises(sendjim_client.RequestTokenExpiredError, match="expired 15s ago") as raised:
        APP.grant(token, clock=clock, transport=httpx.MockTransport(members.handle))
    assert members.received == []
    assert REQUEST_TOKEN not in str(raised.value)


def test_the_grant_token_then_authorizes_the_users_calls() -> None:
    from sendjim_client.api.user import user_get

    received: list[httpx.Request] = []

    def api(request: httpx.Request) -> httpx.Response:
        received.append(request)
        return httpx.Response(200, json={"Code": 0})

    grant = sendjim_client.Grant(GRANT_TOKEN)
    user_get.sync_detailed(client=APP.create_client(grant, transport=httpx.MockTransport(api)))
    assert received[0].headers["Authorization"] == f"Token {GRANT_TOKEN}"


def test_an_in_band_failure_of_the_grant_is_a_typed_error_without_secrets() -> None:
    members = Members(httpx.Response(200, json={"Code": 412, "Message": "Request token expired"}))
    token = sendjim_client.RequestToken(REQUEST_TOKEN, expires_at=2e9)
    with pytest.raises(sendjim_client.SendJimError) as raised:
        APP.grant(token, clock=Clock(), transport=httpx.MockTransport(members.handle))
    assert (raised.value.code, raised.value.message) == (412, "Request token expired")
    assert SECRET not in str(raised.value) and REQUEST_TOKEN not in str(raised.value)


def test_a_success_without_grant_token_is_an_error() -> None:
    members = Members(httpx.Response(200, json={"UserFirstName": "Jane"}))
    token = sendjim_client.RequestToken(REQUEST_TOKEN, expires_at=2e9)
    with pytest.raises(sendjim_client.GrantResponseError, match="carries no GrantToken"):
        APP.grant(token, clock=Clock(), transport=httpx.MockTransport(members.handle))


def test_grant_async() -> None:
    members = Members()
    token = sendjim_client.RequestToken(REQUEST_TOKEN, expires_at=2e9)
    grant = asyncio.run(
        APP.grant_async(token, clock=Clock(), async_transport=httpx.MockTransport(members.handle_async))
    )
    assert grant.grant_token == GRANT_TOKEN
    assert str(members.received[0].url) == "https://members.sendjim.com/OAuth/Grant"


def test_the_app_hides_its_secret_and_checks_its_fields() -> None:
    assert SECRET not in repr(APP)
    with pytest.raises(ValueError, match="callback_url must be an absolute"):
        sendjim_client.PartnerApp(client_key=KEY, client_secret=SECRET, callback_url="/callback")
    with pytest.raises(ValueError, match="client_secret must be a non-empty string"):
        sendjim_client.PartnerApp(client_key=KEY, client_secret="", callback_url=CALLBACK)
