"""Bad SendJim input is refused before sending, with an error naming the field (rules from the spec)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import sendjim_client
from sendjim_client.api.contacts import contact_tags_remove, contacts_create_batch
from sendjim_client.api.neighbors import neighbor_mailing_create, neighbors_by_radius_quick_send
from sendjim_client.api.quick_sends import contact_quick_send_create
from sendjim_client.models import (
    ContactBatchCreateRequest,
    ContactBatchCreateResponse,
    ContactInput,
    ContactQuickSendRequest,
    MailingContactData,
    NeighborMailingRequest,
    RadiusQuickSendRequest,
    TagRequest,
)

ADDRESS = {"StreetAddress": "123 Main St", "City": "Springfield", "State": "IL", "PostalCode": "62701"}


def refused(call: Callable[[sendjim_client.Client], Any]) -> sendjim_client.RequestValidationError:
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"Code": 0})

    client = sendjim_client.create_client(
        client_key="validation-key", client_secret="validation-secret", transport=httpx.MockTransport(handle)
    )
    with pytest.raises(sendjim_client.RequestValidationError) as raised:
        call(client)
    assert sent == [], "nothing may be sent for a refused request"
    return raised.value


def mailing(**changes: str) -> MailingContactData:
    return MailingContactData.from_dict({"FirstName": "Jane", **ADDRESS, **changes})


@pytest.mark.parametrize("field", ["StreetAddress", "City", "State", "PostalCode"])
def test_each_mailing_address_field_is_required_for_a_contact_quick_send(field: str) -> None:
    body = ContactQuickSendRequest(quick_send_id=73461, contact_data=mailing(**{field: ""}))
    error = refused(lambda client: contact_quick_send_create.sync_detailed(client=client, body=body))
    assert (error.operation, error.field, error.rule) == ("contactQuickSendCreate", f"ContactData.{field}", "minLength")
    assert f"'ContactData.{field}'" in str(error)


def test_a_missing_address_field_is_named_even_for_a_hand_built_body() -> None:
    # The generated model cannot be built without City; a raw request through the same client can.
    without_city = {key: value for key, value in ADDRESS.items() if key != "City"}
    document = {"QuickSendID": 73461, "ContactData": without_city, "RadiusInMeters": 1609}
    path = "/neighbors-of-address-by-radius/quicksend"
    error = refused(lambda client: client.get_httpx_client().post(path, json=document))
    assert (error.operation, error.field, error.rule) == ("neighborsByRadiusQuickSend", "ContactData.City", "required")


def test_the_radius_quick_send_address_is_checked() -> None:
    body = RadiusQuickSendRequest(quick_send_id=73461, contact_data=mailing(PostalCode=""), radius_in_meters=1609)
    error = refused(lambda client: neighbors_by_radius_quick_send.sync_detailed(client=client, body=body))
    assert error.field == "ContactData.PostalCode"


def test_a_radius_must_be_positive() -> None:
    body = RadiusQuickSendRequest(quick_send_id=73461, contact_data=mailing(), radius_in_meters=0)
    error = refused(lambda client: neighbors_by_radius_quick_send.sync_detailed(client=client, body=body))
    assert (error.field, error.rule) == ("RadiusInMeters", "minimum")


def test_the_neighbor_mailing_address_is_checked() -> None:
    body = NeighborMailingRequest(quick_send_id=73461, contact_data=mailing(State=""))
    error = refused(lambda client: neighbor_mailing_create.sync_detailed(client=client, body=body))
    assert error.field == "ContactData.State"


@pytest.mark.parametrize(
    "body",
    [
        ContactQuickSendRequest(quick_send_id=73461),
        ContactQuickSendRequest(quick_send_id=73461, contact_id=720161, contact_data=mailing()),
    ],
    ids=["neither", "both"],
)
def test_exactly_one_of_contact_id_and_contact_data(body: ContactQuickSendRequest) -> None:
    error = refused(lambda client: contact_quick_send_create.sync_detailed(client=client, body=body))
    assert (error.field, error.rule) == ("ContactID|ContactData", "oneOf")
    assert "needs exactly one of ContactID, ContactData" in str(error)


def test_an_empty_contact_batch_is_refused() -> None:
    body = ContactBatchCreateRequest(contacts=[])
    error = refused(lambda client: contacts_create_batch.sync_detailed(client=client, body=body))
    assert (error.operation, error.field, error.rule) == ("contactsCreateBatch", "Contacts", "minItems")
    assert "'Contacts'" in str(error) and "minItems 1" in str(error)


def test_an_empty_tag_name_is_refused() -> None:
    body = TagRequest(tag_name="")
    error = refused(lambda client: contact_tags_remove.sync_detailed(5, client=client, body=body))
    assert error.field == "TagName"


def test_a_valid_batch_goes_through() -> None:
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"ContactsSaved": [{"ContactID": 1}]})

    client = sendjim_client.create_client(grant_token="validation-grant", transport=httpx.MockTransport(handle))
    body = ContactBatchCreateRequest(contacts=[ContactInput.from_dict({"FirstName": "Jane", **ADDRESS})])
    reply = contacts_create_batch.sync(client=client, body=body)
    assert isinstance(reply, ContactBatchCreateResponse)
    assert isinstance(reply.contacts_saved, list) and [saved.contact_id for saved in reply.contacts_saved] == [1]
    assert len(sent) == 1
