"""Responses against the spec's response schema: warn by default, strict on request, off (issue 11, section 2)."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from salesmsg_client import create_client
from salesmsg_client._common.drift import ResponseValidationError
from salesmsg_client._common.transport import VendorTransport
from salesmsg_client.api.contacts import contacts_get

OFF_SPEC = {"id": "not-a-number", "first_name": "sentinel-value-9d1"}


def _client(**transport_options: str) -> Any:
    client = create_client(
        "pat-token", transport=httpx.MockTransport(lambda r: httpx.Response(200, json=OFF_SPEC)), rate_limit=None
    )
    transport: VendorTransport = client._httpx_args["transport"]
    for name, value in transport_options.items():
        setattr(transport, name, value)
    return client


def test_warn_logs_records_and_still_returns(caplog: pytest.LogCaptureFixture) -> None:
    client = _client()
    with caplog.at_level(logging.WARNING):
        answer = contacts_get.sync_detailed(7, client=client)
    assert answer.status_code == 200
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "contactsGet: HTTP 200 body field 'id' breaks type" in warnings[0]
    assert "sentinel-value-9d1" not in caplog.text and "not-a-number" not in caplog.text
    events = list(client._httpx_args["transport"].drift_events)
    assert [(e.operation, e.status, e.field, e.rule) for e in events] == [("contactsGet", 200, "id", "type")]


def test_strict_raises_a_typed_error() -> None:
    with pytest.raises(ResponseValidationError, match="field 'id' breaks type"):
        contacts_get.sync_detailed(7, client=_client(validate_responses="strict"))


def test_off_checks_nothing(caplog: pytest.LogCaptureFixture) -> None:
    client = _client(validate_responses="off")
    with caplog.at_level(logging.WARNING):
        contacts_get.sync_detailed(7, client=client)
    assert not caplog.records
