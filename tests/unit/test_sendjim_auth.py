"""SendJim's two Authorization schemes and the api_version header, as they go on the wire."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Callable

import httpx
import pytest
import sendjim_client
from sendjim_client.api.contacts import contact_tags_remove, contacts_list
from sendjim_client.api.o_auth import oauth_grant
from sendjim_client.api.user import user_get
from sendjim_client.models import GrantRequest, TagRequest, TagsResponse

KEY, SECRET = "unit-key", "unit-secret-SENTINEL"
GRANT_TOKEN = "unit-grant-token-SENTINEL"


class Recorder:
    """A fake SendJim answering ``{"Code": 0}``; keeps what it received."""

    def __init__(self, reply: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.received: list[httpx.Request] = []
        self.reply = reply or (lambda request: httpx.Response(200, json={"Code": 0}))

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.received.append(request)
        return self.reply(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        return self.handle(request)


def private_client(server: Recorder, api_version: str = "3") -> sendjim_client.Client:
    return sendjim_client.create_client(
        client_key=KEY, client_secret=SECRET, api_version=api_version, transport=httpx.MockTransport(server.handle)
    )


def test_the_docs_own_private_label_example() -> None:
    # 003 "Private Label Accounts": 123M56789 / 00xyzw2 -> MTIzTTU2Nzg5OjAweHl6dzI=
    assert sendjim_client.private_label_token("123M56789", "00xyzw2") == "MTIzTTU2Nzg5OjAweHl6dzI="
    server = Recorder()
    client = sendjim_client.create_client(
        client_key="123M56789", client_secret="00xyzw2", transport=httpx.MockTransport(server.handle)
    )
    user_get.sync_detailed(client=client)
    assert server.received[0].headers["Authorization"] == "Bearer MTIzTTU2Nzg5OjAweHl6dzI="


def test_private_label_bearer_is_base64_of_key_colon_secret_on_every_request() -> None:
    server = Recorder()
    client = private_client(server)
    user_get.sync_detailed(client=client)
    contacts_list.sync_detailed(client=client, page=2)
    contact_tags_remove.sync_detailed(7, client=client, body=TagRequest(tag_name="Test Tag"))
    expected = "Bearer " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    assert [request.headers.get_list("Authorization") for request in server.received] == [[expected]] * 3
    assert all(SECRET.encode() not in request.content for request in server.received)


def test_partner_token_scheme() -> None:
    server = Recorder()
    client = sendjim_client.create_client(grant_token=GRANT_TOKEN, transport=httpx.MockTransport(server.handle))
    user_get.sync_detailed(client=client)
    assert server.received[0].headers.get_list("Authorization") == [f"Token {GRANT_TOKEN}"]


@pytest.mark.parametrize("credentials", [{"grant_token": GRANT_TOKEN}, {"client_key": KEY, "client_secret": SECRET}])
def test_api_version_3_on_every_request_without_the_caller_saying_so(credentials: dict[str, str]) -> None:
    server = Recorder()
    client = sendjim_client.create_client(transport=httpx.MockTransport(server.handle), **credentials)  # type: ignore[arg-type]
    user_get.sync_detailed(client=client)
    contacts_list.sync_detailed(client=client)
    contact_tags_remove.sync_detailed(1, client=client, body=TagRequest(tag_name="x"))
    assert [request.headers.get_list("api_version") for request in server.received] == [["3"]] * 3


def test_api_version_is_set_once_for_a_later_api_version() -> None:
    server = Recorder()
    client = private_client(server, api_version="4")
    user_get.sync_detailed(client=client)
    contacts_list.sync_detailed(client=client)
    assert [request.headers.get_list("api_version") for request in server.received] == [["4"]] * 2


def test_the_async_client_sends_the_same_headers() -> None:
    server = Recorder()
    client = sendjim_client.create_client(
        client_key=KEY, client_secret=SECRET, async_transport=httpx.MockTransport(server.handle_async)
    )
    asyncio.run(user_get.asyncio_detailed(client=client))
    (request,) = server.received
    assert request.headers["api_version"] == "3"
    assert request.headers["Authorization"].startswith("Bearer ")


def test_the_grant_exchange_gets_no_authorization_and_goes_to_the_members_site() -> None:
    server = Recorder(lambda request: httpx.Response(200, json={"GrantToken": "g-token-1234"}))
    client = private_client(server)
    oauth_grant.sync_detailed(client=client, body=GrantRequest(client_key=KEY, client_secret=SECRET, request_token="r"))
    (request,) = server.received
    assert str(request.url) == "https://members.sendjim.com/OAuth/Grant"
    assert "Authorization" not in request.headers
    assert request.headers["api_version"] == "3"


def test_the_delete_carries_its_json_body() -> None:
    server = Recorder(lambda request: httpx.Response(200, json={"Tags": ["Customer"]}))
    reply = contact_tags_remove.sync(720161, client=private_client(server), body=TagRequest(tag_name="Test Tag"))
    (request,) = server.received
    assert (request.method, request.url.path) == ("DELETE", "/api/contact/720161/tag")
    assert request.headers["Content-Type"] == "application/json"
    assert request.content == b'{"TagName":"Test Tag"}'
    assert isinstance(reply, TagsResponse) and reply.tags == ["Customer"]


def test_no_secret_in_any_repr() -> None:
    client = private_client(Recorder())
    partner = sendjim_client.create_client(grant_token=GRANT_TOKEN)
    token = sendjim_client.private_label_token(KEY, SECRET)
    texts = [repr(client), repr(partner), repr(client.get_httpx_client()._auth), repr(partner.get_httpx_client()._auth)]
    for text in texts:
        assert SECRET not in text and token not in text and GRANT_TOKEN not in text
    assert "client_key='unit-key'" in repr(client.get_httpx_client()._auth)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "give client_key and client_secret"),
        ({"client_key": KEY}, "needs both client_key and client_secret"),
        ({"client_secret": SECRET}, "needs both client_key and client_secret"),
        ({"client_key": KEY, "client_secret": SECRET, "grant_token": GRANT_TOKEN}, "not both"),
        ({"client_key": "", "client_secret": SECRET}, "client_key must be a non-empty string"),
        ({"client_key": "a:b", "client_secret": SECRET}, "must not contain ':'"),
        ({"grant_token": " "}, "grant_token must be a non-empty string"),
        ({"grant_token": GRANT_TOKEN, "api_version": "v3"}, "api_version must be a whole version number"),
    ],
)
def test_bad_constructor_arguments_are_refused_without_echoing_secrets(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message) as raised:
        sendjim_client.create_client(**kwargs)  # type: ignore[arg-type]
    assert SECRET not in str(raised.value) and GRANT_TOKEN not in str(raised.value)
