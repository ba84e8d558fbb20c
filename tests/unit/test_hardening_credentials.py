"""Credentials with control characters are refused when the client is built; nothing is 'sent' that was not."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import mycrmsim_client
import pytest
import salesmanago_client
import salesmsg_client
import sendjim_client
from salesmsg_client.api.teams import teams_list

BAD = ["key\x00x", "key\nvalue", "key\r\nX-Injected: 1", "key\x7f", "key\x1b[31m", "key\ud800"]

BUILDERS: dict[str, Callable[[str], Any]] = {
    "salesmanago.api_key": lambda v: salesmanago_client.create_client(client_id="c1", api_key=v, api_secret="s" * 8),
    "salesmanago.api_secret": lambda v: salesmanago_client.create_client(client_id="c1", api_key="k" * 8, api_secret=v),
    "salesmanago.client_id": lambda v: salesmanago_client.create_client(
        client_id=v, api_key="k" * 8, api_secret="s" * 8
    ),
    "sendjim.client_secret": lambda v: sendjim_client.create_client(client_key="key1", client_secret=v),
    "sendjim.client_key": lambda v: sendjim_client.create_client(client_key=v, client_secret="secret1"),
    "sendjim.grant_token": lambda v: sendjim_client.create_client(grant_token=v),
    "salesmsg.token": lambda v: salesmsg_client.create_client(v),
    "salesmsg.client_secret": lambda v: salesmsg_client.create_client(
        salesmsg_client.TokenSet("a" * 10, "r" * 10), client_id="1", client_secret=v, on_refresh=print
    ),
    "mycrmsim.client_secret": lambda v: mycrmsim_client.create_client(
        client_id="cid", client_secret=v, tokens=None, on_refresh=print
    ),
    "mycrmsim.access_token": lambda v: mycrmsim_client.create_client(
        client_id="cid", client_secret="sec1", tokens=mycrmsim_client.TokenSet(v, "r" * 10), on_refresh=print
    ),
}


@pytest.mark.parametrize("where", sorted(BUILDERS))
@pytest.mark.parametrize("value", BAD)
def test_a_credential_with_a_control_character_is_refused_naming_the_argument(where: str, value: str) -> None:
    argument = where.split(".", 1)[1]
    with pytest.raises(ValueError, match=argument) as caught:
        BUILDERS[where](value)
    assert value not in str(caught.value)


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A loopback server that accepts connections and reads whatever comes, answering nothing."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    received: list[bytes] = []

    def serve() -> None:
        try:
            connection, _ = listener.accept()
        except OSError:
            return
        with connection:
            connection.settimeout(2)
            with contextlib.suppress(OSError):
                received.append(connection.recv(65536))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    listener.close()
    thread.join(timeout=5)
    assert not any(received), "the refused request reached the server"


def test_a_header_h11_refuses_is_not_reported_as_sent(silent_server: str) -> None:
    client = salesmsg_client.create_client("pat-value-1234", base_url=silent_server, timeout=httpx.Timeout(2.0))
    client = client.with_headers({"X-Trace": "a\x00b"})
    with pytest.raises(salesmsg_client.APIConnectionError) as caught:
        teams_list.sync_detailed(client=client)
    assert caught.value.sent is False
