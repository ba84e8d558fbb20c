"""Request validation a user can overrule: strict (default), warn, off (issue 11, section 2)."""

from __future__ import annotations

import logging

import httpx
import pytest
from salesmsg_client import RequestValidationError, create_client
from salesmsg_client.api.tags import tags_create

SECRET_LABEL = "sentinel-label-" + "x" * 60  # breaks maxLength 50; must never be logged


def _client(sent: list[httpx.Request]) -> object:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"id": 1, "label": "t"})

    return create_client("pat-token", transport=httpx.MockTransport(answer), rate_limit=None)


def test_strict_refuses_and_says_how_to_send_anyway() -> None:
    sent: list[httpx.Request] = []
    with pytest.raises(RequestValidationError, match=r"with_validation\('warn'\)") as caught:
        tags_create.sync_detailed(client=_client(sent), label=SECRET_LABEL)  # type: ignore[arg-type]
    assert caught.value.field == "label" and not sent
    assert SECRET_LABEL not in str(caught.value)


def test_warn_sends_and_logs_field_and_rule_never_the_value(caplog: pytest.LogCaptureFixture) -> None:
    sent: list[httpx.Request] = []
    client = _client(sent).with_validation("warn")  # type: ignore[attr-defined]
    with caplog.at_level(logging.WARNING):
        tags_create.sync_detailed(client=client, label=SECRET_LABEL)
    assert len(sent) == 1
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "'label'" in warnings[0].getMessage() and "maxLength" in warnings[0].getMessage()
    assert SECRET_LABEL not in caplog.text


def test_off_sends_silently_and_the_original_stays_strict(caplog: pytest.LogCaptureFixture) -> None:
    sent: list[httpx.Request] = []
    strict = _client(sent)
    with caplog.at_level(logging.WARNING):
        tags_create.sync_detailed(client=strict.with_validation("off"), label=SECRET_LABEL)  # type: ignore[attr-defined]
    assert len(sent) == 1 and not caplog.records
    with pytest.raises(RequestValidationError):
        tags_create.sync_detailed(client=strict, label=SECRET_LABEL)  # type: ignore[arg-type]


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="strict, warn, off"):
        _client([]).with_validation("loose")  # type: ignore[attr-defined]
