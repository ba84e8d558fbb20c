"""Odd input is refused with a RequestValidationError naming the field, and nothing is sent."""

from __future__ import annotations

from typing import Any

import httpx
import mycrmsim_client
import pytest
import salesmanago_client
import salesmsg_client
import sendjim_client
from mycrmsim_client.api.messages import messages_send
from mycrmsim_client.models import SendMessageRequest
from salesmanago_client.api.contact_management import contact_upsert
from salesmanago_client.models import ContactUpsertRequest
from salesmsg_client.api.contacts import contacts_create, contacts_delete, contacts_get
from salesmsg_client.api.conversations import conversations_create


class Recorder:
    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return httpx.Response(200, json={"id": 1})


def salesmsg(recorder: Recorder) -> salesmsg_client.Client:
    transport = httpx.MockTransport(recorder)
    return salesmsg_client.create_client("pat-inputs-1234", transport=transport, async_transport=transport)


def refused(call: Any, recorder: Recorder, field: str) -> salesmsg_client.RequestValidationError:
    with pytest.raises(Exception) as caught:
        call()
    error = caught.value
    assert type(error).__name__ == "RequestValidationError", repr(error)
    assert error.field == field  # type: ignore[attr-defined]
    assert recorder.sent == []
    return error  # type: ignore[return-value]


@pytest.mark.parametrize("value", ["..", ".", "", "%2e%2e", "%2E", "a/b", "a?b", "a#b", "abc", "5\n", "1.5"])
def test_path_parameters_are_validated_and_never_change_the_path(value: str) -> None:
    recorder = Recorder()
    client = salesmsg(recorder)
    refused(lambda: contacts_delete.sync_detailed(value, client=client), recorder, "contact")  # type: ignore[arg-type]
    refused(lambda: contacts_get.sync_detailed(value, client=client), recorder, "contact")  # type: ignore[arg-type]


def test_a_valid_path_parameter_still_goes_out() -> None:
    recorder = Recorder()
    contacts_get.sync_detailed(42, client=salesmsg(recorder))
    assert [request.url.path for request in recorder.sent] == ["/pub/v2.2/contacts/42"]


def test_an_integer_query_parameter_with_a_final_newline_is_refused() -> None:
    recorder = Recorder()
    client = salesmsg(recorder)
    refused(
        lambda: conversations_create.sync_detailed(client=client, contact_id=1, team_id="5\n"),  # type: ignore[arg-type]
        recorder,
        "team_id",
    )


def test_a_lone_surrogate_and_a_huge_query_name_their_field() -> None:
    recorder = Recorder()
    client = salesmsg(recorder)
    refused(lambda: contacts_create.sync_detailed(client=client, number="+1555\ud800"), recorder, "number")
    refused(lambda: contacts_create.sync_detailed(client=client, number="+1" + "5" * 10_000_000), recorder, "number")


def test_nan_in_a_json_body_names_its_field() -> None:
    recorder = Recorder()
    transport = httpx.MockTransport(recorder)
    client = salesmanago_client.create_client(client_id="c1", api_key="k" * 8, api_secret="s" * 8, transport=transport)
    body = ContactUpsertRequest.from_dict({"owner": "o@example.com", "contact": {"email": "a@example.com"}})
    body.additional_properties["score"] = float("nan")
    refused(lambda: contact_upsert.sync_detailed(client=client, body=body), recorder, "score")


def test_spec_patterns_do_not_take_a_final_newline() -> None:
    recorder = Recorder()
    transport = httpx.MockTransport(recorder)
    client = mycrmsim_client.create_client(
        client_id="cid",
        client_secret="sec1",
        tokens=mycrmsim_client.TokenSet("access-inputs", "refresh-inputs"),
        on_refresh=print,
        transport=transport,
    )
    body = SendMessageRequest.from_dict({"locationId": "loc", "phone": "+923001234567\n", "message": "hi"})
    refused(lambda: messages_send.sync_detailed(client=client, body=body), recorder, "phone")
    body = SendMessageRequest.from_dict({"locationId": "loc", "phone": "+923001234567", "attachments": ["http://[::1"]})
    refused(lambda: messages_send.sync_detailed(client=client, body=body), recorder, "attachments.0")


@pytest.mark.parametrize(
    ("build", "argument"),
    [
        (lambda: sendjim_client.create_client(grant_token="t" * 10, api_version="3\n"), "api_version"),
        (
            lambda: salesmanago_client.create_client(
                client_id="c", api_key="k" * 8, api_secret="s" * 8, server="app3\n"
            ),
            "server",
        ),
    ],
)
def test_constructor_settings_with_a_final_newline_are_refused(build: Any, argument: str) -> None:
    with pytest.raises(ValueError, match=argument):
        build()


PARTNER = sendjim_client.PartnerApp("partner-key", "partner-secret-1", "https://example.app/cb")
APP = salesmsg_client.OAuthApp("269", "client-secret-inputs", "https://example.app/cb")


@pytest.mark.parametrize("expires", ["²", "٣", "9" * 400, "-5", "5\n", ""])
def test_sendjim_callback_expires_must_be_ascii_seconds(expires: str) -> None:
    callback = {"state": "s" * 43, "requestToken": "rt-123456", "expires": expires}
    with pytest.raises(sendjim_client.PartnerAuthorizationError, match="expires"):
        PARTNER.request_token_from_callback("s" * 43, callback)


@pytest.mark.parametrize(
    "callback",
    [
        "http://[::1/cb?code=x&state=s",
        {"code": "x", "state": 5},
        {"code": "x", "state": None},
        {"code": 7, "state": "s"},
    ],
)
def test_a_malformed_callback_is_a_typed_error(callback: Any) -> None:
    with pytest.raises((salesmsg_client.OAuthAuthorizationError, salesmsg_client.OAuthStateError)):
        APP.code_from_callback("s", callback)
    with pytest.raises((sendjim_client.PartnerAuthorizationError, ValueError)) as caught:
        PARTNER.request_token_from_callback("s", callback)
    assert isinstance(caught.value, sendjim_client.APIError)
