"""The tolerant reader: what a vendor adds (a field, an enum value, a null) is kept; garbage is a typed error.

The issue's examples first (SALESmanago ``contact/basic`` answering ``{}``, a Salesmsg contact
with ``"tags": "oops"``, a new contact ``state``), then the rules over every generated enum and
both webhook parsers.
"""

from __future__ import annotations

import enum
import importlib
import json
import pkgutil
from typing import Any

import httpx
import mycrmsim_client
import pytest
import salesmanago_client
import salesmsg_client
from salesmanago_client.api.contact_management import contact_basic
from salesmanago_client.models.paginated_contact_item import PaginatedContactItem
from salesmanago_client.models.paginated_contact_item_state import PaginatedContactItemState
from salesmsg_client.api.contacts import contacts_get
from salesmsg_client.models.contact import Contact
from salesmsg_client.types import UNSET

from scripts.vendors import VENDORS

DEEP = 100_000


def _answer(body: bytes, method: str = "POST", url: str = "https://vendor.invalid/x") -> httpx.Response:
    request = httpx.Request(method, url)
    return httpx.Response(200, content=body, headers={"content-type": "application/json"}, request=request)


def test_an_empty_salesmanago_reply_names_the_missing_field() -> None:
    response = _answer(b"{}")
    with pytest.raises(salesmanago_client.InvalidResponseError, match="'success' is missing") as raised:
        contact_basic._build_response(client=salesmanago_client.Client(base_url="https://x.invalid"), response=response)
    assert raised.value.response is response
    assert raised.value.reason == "the required field 'success' is missing"


def test_a_salesmsg_contact_whose_tags_are_a_string_is_an_invalid_response() -> None:
    response = _answer(json.dumps({"id": 1, "tags": "oops"}).encode(), "GET")
    with pytest.raises(salesmsg_client.InvalidResponseError, match="does not have the type"):
        contacts_get._build_response(client=salesmsg_client.Client(base_url="https://x.invalid"), response=response)


def test_a_new_contact_state_is_kept_and_sent_back_unchanged() -> None:
    item = PaginatedContactItem.from_dict({"email": "a@example.com", "state": "VIP_LATER"})
    assert isinstance(item.state, PaginatedContactItemState)
    assert item.state == "VIP_LATER"
    assert item.to_dict()["state"] == "VIP_LATER"
    assert PaginatedContactItemState("CUSTOMER") is PaginatedContactItemState.CUSTOMER
    assert "VIP_LATER" not in [member.value for member in PaginatedContactItemState]


def test_extra_fields_are_kept_and_a_null_in_an_optional_field_reads_as_absent() -> None:
    contact = Contact.from_dict({"id": 1, "is_blocked": None, "added_by_vendor_later": {"a": [1]}})
    assert contact.is_blocked is UNSET
    assert contact["added_by_vendor_later"] == {"a": [1]}
    assert contact.to_dict()["added_by_vendor_later"] == {"a": [1]}


def _enums() -> list[Any]:
    found = []
    for vendor in VENDORS.values():
        models = importlib.import_module(f"{vendor.package}.models")
        for info in pkgutil.iter_modules(models.__path__):
            module = importlib.import_module(f"{models.__name__}.{info.name}")
            for value in vars(module).values():
                if isinstance(value, type) and issubclass(value, enum.Enum) and value.__module__ == module.__name__:
                    found.append(pytest.param(value, id=f"{vendor.name}:{value.__name__}"))
    return found


@pytest.mark.parametrize("enum_class", _enums())
def test_every_enum_keeps_an_unknown_value_of_its_type_and_refuses_another_type(enum_class: Any) -> None:
    known = next(iter(enum_class))
    unknown: Any = "a-value-added-later" if isinstance(known.value, str) else 987_654
    kept = enum_class(unknown)
    assert isinstance(kept, enum_class)
    assert kept == unknown
    assert kept.value == unknown
    assert kept not in list(enum_class)
    assert enum_class(known.value) is known
    with pytest.raises(ValueError, match="is not a valid"):
        enum_class(3.5)


@pytest.mark.parametrize(
    "body",
    [
        b"[" * DEEP + b"]" * DEEP,
        b'{"event":' * DEEP + b"1" + b"}" * DEEP,
        b'{"data": ' + b"[" * 300 + b"]" * 300 + b"}",
    ],
    ids=["arrays", "objects", "a deep field"],
)
@pytest.mark.parametrize(
    "parse",
    [salesmsg_client.parse_webhook, mycrmsim_client.parse_inbound_message],
    ids=["salesmsg", "mycrmsim"],
)
def test_webhook_parsers_refuse_deep_nesting_with_their_typed_error(parse: Any, body: bytes) -> None:
    with pytest.raises(ValueError, match="nested too deeply") as raised:
        parse(body)
    assert type(raised.value).__name__ == "WebhookPayloadError"


def test_a_helper_gets_the_typed_error_too() -> None:
    from salesmanago_client.api.contact_management import contact_export_data
    from salesmanago_client.models import ContactExportDataRequest

    from tests.unit.salesmanago_fakes import Clock, FakeServer, make_client

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/contact/export/data"):
            return httpx.Response(200, json={"success": True, "message": [], "requestId": 77})
        return httpx.Response(200, json={"success": True, "message": "not a list", "fileUrl": 5})

    body = ContactExportDataRequest.from_dict(
        {
            "owner": "o@example.com",
            "contacts": [{"addresseeType": "EMAIL", "value": "a@example.com"}],
            "data": [{"dataType": "TAG"}],
        }
    )
    client, clock = make_client(FakeServer(reply=answer)), Clock(0.0)

    def sleep(seconds: float) -> None:
        clock.now += seconds

    with pytest.raises(salesmanago_client.InvalidResponseError, match="does not have the type"):
        salesmanago_client.run_export(
            client, lambda: contact_export_data.sync(client=client, body=body), sleep=sleep, clock=clock
        )
