"""``RequestValidationError`` names the field twice, wire and Python, and says the rule in words.

The Python path comes from ``_common/naming.py``, a copy of the generator's naming rule; the
first test holds that copy to the generator for every property and parameter name of every spec.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import sendjim_client
from openapi_python_client.strings import PythonIdentifier
from sendjim_client.api.quick_sends import contact_quick_send_create
from sendjim_client.models import ContactQuickSendRequest, MailingContactData

from scripts.vendors import VENDORS

ADDRESS = {"FirstName": "Jane", "StreetAddress": "123 Main St", "City": "Springfield", "State": "IL", "PostalCode": "1"}


def _names(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                yield from value
            if key == "parameters" and isinstance(value, list):
                yield from (str(p["name"]) for p in value if isinstance(p, dict) and "name" in p)
            yield from _names(value)
    elif isinstance(node, list):
        for value in node:
            yield from _names(value)


@pytest.mark.parametrize("vendor", list(VENDORS.values()), ids=list(VENDORS))
def test_the_python_names_are_the_generators(vendor: Any) -> None:
    naming = importlib.import_module(f"{vendor.package}._common.naming")
    spec = json.loads((vendor.output_dir / "openapi.json").read_text(encoding="utf-8"))
    names = sorted(set(_names(spec)))
    assert len(names) > 5
    differ = [name for name in names if naming.attribute_name(name) != PythonIdentifier(name, prefix="field_")]
    assert not differ, differ


def _refused(package: Any, call: Any, **options: Any) -> Any:
    client = package.create_client(**options, transport=httpx.MockTransport(lambda request: httpx.Response(500)))
    with pytest.raises(package.RequestValidationError) as raised:
        call(client)
    return raised.value


def test_a_nested_field_is_named_on_the_wire_and_in_python() -> None:
    body = ContactQuickSendRequest(quick_send_id=1, contact_data=MailingContactData.from_dict({**ADDRESS, "State": ""}))
    error = _refused(
        sendjim_client,
        lambda client: contact_quick_send_create.sync_detailed(client=client, body=body),
        client_key="naming-key",
        client_secret="naming-secret",
    )
    assert (error.field, error.attribute) == ("ContactData.State", "contact_data.state")
    assert "'ContactData.State' (Python: contact_data.state): must not be empty (minLength 1)" in str(error)


def _patterned(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            yield node
        for value in node.values():
            yield from _patterned(value)
    elif isinstance(node, list):
        for value in node:
            yield from _patterned(value)


@pytest.mark.parametrize("vendor", list(VENDORS.values()), ids=list(VENDORS))
def test_every_pattern_of_the_specs_is_described_in_words(vendor: Any) -> None:
    rules = importlib.import_module(f"{vendor.package}._common.rules")
    spec = json.loads((vendor.output_dir / "openapi.json").read_text(encoding="utf-8"))
    for schema in _patterned(spec):
        words = rules.describe("pattern", schema["pattern"], schema)
        assert words.startswith("must be "), (schema["pattern"], words)
        assert not set("^$[]{}\\") & set(words.split("(")[0]), words


def test_rules_in_words() -> None:
    rules = importlib.import_module("sendjim_client._common.rules")
    assert rules.describe("maxLength", 64) == "must be at most 64 characters (maxLength 64)"
    assert rules.describe("minItems", 1) == "must not be empty (minItems 1)"
    assert rules.describe("type", ["integer", "null"]) == "must be an integer or null"
    assert rules.describe("format", "date-time") == "must be an ISO 8601 date-time"
    assert rules.describe("pattern", "^[a-z]+$") == "does not have the form the spec requires"
