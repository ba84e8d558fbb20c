"""SendJim failures, in-band (``Code`` under HTTP 200) or by status, become typed errors."""

from __future__ import annotations

import httpx
import pytest
import sendjim_client
from sendjim_client.api.contacts import contacts_get
from sendjim_client.models import Contact, ContactResponse

SECRET = "errors-secret-SENTINEL"


def call(reply: httpx.Response) -> sendjim_client.ResponseError:
    client = sendjim_client.create_client(
        client_key="errors-key", client_secret=SECRET, transport=httpx.MockTransport(lambda request: reply)
    )
    with pytest.raises(sendjim_client.ResponseError) as raised:
        contacts_get.sync_detailed(720161, client=client)
    return raised.value


def test_a_code_other_than_0_under_http_200_raises_with_code_and_message() -> None:
    error = call(httpx.Response(200, json={"Code": 404, "Message": "Contact not found."}))
    assert isinstance(error, sendjim_client.SendJimError)
    assert isinstance(error, sendjim_client.InBandError)
    assert (error.code, error.message, error.status_code) == (404, "Contact not found.", 200)
    assert "SendJim code 404: Contact not found." in str(error)
    assert error.response.json()["Code"] == 404


@pytest.mark.parametrize("code", [405, 411, 412, 500, "412"])
def test_every_documented_failure_code_raises(code: int | str) -> None:
    error = call(httpx.Response(200, json={"Code": code}))
    assert isinstance(error, sendjim_client.SendJimError)
    assert error.code == int(code)
    assert error.message is None


@pytest.mark.parametrize("body", [{"Code": 0, "Contact": {"ContactID": 5}}, {"Contact": {"ContactID": 5}}])
def test_code_0_or_no_code_is_success(body: dict[str, object]) -> None:
    client = sendjim_client.create_client(
        grant_token="errors-grant-SENTINEL",
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json=body)),
    )
    reply = contacts_get.sync(5, client=client)
    assert isinstance(reply, ContactResponse)
    assert isinstance(reply.contact, Contact) and reply.contact.contact_id == 5


def test_http_401_is_an_authentication_error_with_the_vendor_message() -> None:
    error = call(httpx.Response(401, json={"Message": "Authorization has been denied for this request."}))
    assert isinstance(error, sendjim_client.AuthenticationError)
    assert error.vendor_message == "Authorization has been denied for this request."


def test_an_error_status_with_a_code_keeps_the_code_in_its_message() -> None:
    error = call(httpx.Response(500, json={"Code": 500, "Message": "boom"}))
    assert isinstance(error, sendjim_client.APIStatusError)
    assert error.vendor_message == "SendJim code 500: boom"


@pytest.mark.parametrize("content", [b"<html>maintenance</html>", b"[1, 2]"])
def test_a_body_that_is_no_json_object_is_an_invalid_response(content: bytes) -> None:
    assert isinstance(call(httpx.Response(200, content=content)), sendjim_client.InvalidResponseError)


def test_an_echoed_secret_is_masked_in_the_error() -> None:
    error = call(httpx.Response(200, json={"Code": 411, "Message": f"bad key {SECRET}"}))
    assert isinstance(error, sendjim_client.SendJimError)
    assert SECRET not in str(error) and SECRET not in (error.message or "")
