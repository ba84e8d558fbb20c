"""No sentinel credential in any log record (DEBUG, httpx and httpcore included), repr, str or
exception text: every operation of every client against its mock, then every fault (and a
server that echoes the request back in its error) against the fault server."""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from scripts.contract.harness import Harness
from scripts.contract.profiles import PROFILES
from tests.fake_clock import SimulatedClock
from tests.reliability.fault_server import FAULTS, FaultServer
from tests.reliability.targets import NOW, Target, policy, short_read_when_held, vendor_targets, vendor_transport

TARGETS = [target for profile in PROFILES.values() for target in vendor_targets(profile)]


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every logger at DEBUG, httpx's and httpcore's included."""
    with caplog.at_level(logging.DEBUG):
        for name in ("httpx", "httpcore"):
            logging.getLogger(name).setLevel(logging.DEBUG)
        yield caplog
        for name in ("httpx", "httpcore"):
            logging.getLogger(name).setLevel(logging.NOTSET)


def _texts(error: BaseException) -> list[str]:
    return [str(error), repr(error), "".join(traceback.format_exception(error))]


def _objects(client: Any) -> list[Any]:
    """A client and what it holds that could show a credential: its auth and its transport."""
    args = getattr(client, "_httpx_args", {})
    return [client, args.get("auth"), args.get("transport")]


def _leaks(secrets: tuple[str, ...], texts: list[str], caplog: pytest.LogCaptureFixture) -> list[str]:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    lines = [formatter.format(record) for record in caplog.records] + texts
    return sorted({f"{secret!r} in {line[:300]!r}" for line in lines for secret in secrets if secret in line})


@pytest.mark.parametrize("vendor", list(PROFILES))
def test_no_credential_shows_while_calling_every_operation_against_the_mock(
    harnesses: Callable[[str], Harness], debug_logs: pytest.LogCaptureFixture, vendor: str
) -> None:
    harness = harnesses(vendor)
    secrets = PROFILES[vendor].secrets
    assert secrets, f"scripts/contract/profiles/{vendor}.py lists no sentinel secrets"
    texts: list[str] = []
    for operation in harness.operations():
        try:
            harness.run(operation, 1)
        except Exception as error:
            texts.extend(_texts(error))
    texts.extend(text for thing in _objects(harness.client) for text in (repr(thing), str(thing)))
    assert any(record.levelno == logging.DEBUG for record in debug_logs.records), "DEBUG logging was captured"
    assert _leaks(secrets, texts, debug_logs) == []


@pytest.mark.parametrize("target", TARGETS, ids=[target.name for target in TARGETS])
def test_no_credential_shows_on_faults(
    fault_servers: Callable[[str | None], FaultServer], debug_logs: pytest.LogCaptureFixture, target: Target
) -> None:
    assert target.upstream is not None
    secrets = PROFILES[target.upstream].secrets
    server = fault_servers(target.upstream)
    client = target.build(server.url)
    vendor_transport(client).retry = policy(target.package, SimulatedClock(NOW))
    short_read_when_held(client, server)
    texts: list[str] = []
    for fault in (*FAULTS, "echo-400", "echo-401"):
        for mode in ("sync", "async"):
            server.script(fault)
            try:
                reply = target.call(client) if mode == "sync" else asyncio.run(target.call_async(client))
            except Exception as error:
                texts.extend(_texts(error))
                response = getattr(error, "response", None)
                if response is not None:
                    texts.append(repr(response))
            else:
                texts.extend((repr(reply), str(reply)))
    texts.extend(text for thing in _objects(client) for text in (repr(thing), str(thing)))
    assert _leaks(secrets, texts, debug_logs) == []
