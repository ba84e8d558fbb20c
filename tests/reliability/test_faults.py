"""Every client against every fault of a real loopback server: the outcome and the exact number
of requests the server received. Backoff runs on a fake clock (no real waiting); the only real
delays are the server's (a held request the client gives up on after a 0.25 s read timeout,
``targets.HELD_READ_TIMEOUT``, a body dribbled out in 10 ms steps)."""

from __future__ import annotations

import socket
from collections.abc import Callable

import pytest

from tests.fake_clock import SimulatedClock
from tests.reliability.fault_server import FAULTS, RETRY_AFTER_DATE_SECONDS, RETRY_AFTER_SECONDS, FaultServer
from tests.reliability.targets import (
    MAX_ATTEMPTS,
    NOW,
    CountingLimiter,
    Target,
    all_targets,
    expected,
    layer,
    outcome,
    prepared,
)

TARGETS = all_targets()
WAITS = {
    "503-retry-after": RETRY_AFTER_SECONDS,
    "429-seconds": RETRY_AFTER_SECONDS,
    "429-date": RETRY_AFTER_DATE_SECONDS,
}
BACKOFF = 0.5  # the policy's first backoff, without jitter


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("target", TARGETS, ids=[target.name for target in TARGETS])
def test_fault_matrix(
    fault_servers: Callable[[str | None], FaultServer], target: Target, fault: str, mode: str
) -> None:
    server = fault_servers(target.upstream)
    fake, limiter = SimulatedClock(NOW), CountingLimiter()
    client = prepared(target, server, fake, limiter)
    server.script(fault)
    want = expected(fault, target.idempotent)
    got, error = outcome(target, client, mode, want[0])
    assert (got, server.received) == want, repr(error)
    assert limiter.acquired == server.received, "the limiter is asked before every attempt"
    if error is not None:
        errors = layer(target.package, "errors")
        assert isinstance(error, errors.APIError)
        assert "?" not in getattr(error, "url", ""), "the URL in an error has no query string"
    retried = server.received > 1
    assert fake.sleeps == ([WAITS.get(fault, BACKOFF)] if retried else [])


@pytest.mark.parametrize("target", TARGETS, ids=[target.name for target in TARGETS])
def test_a_persistent_fault_stops_after_max_attempts(
    fault_servers: Callable[[str | None], FaultServer], target: Target
) -> None:
    server = fault_servers(target.upstream)
    fake, limiter = SimulatedClock(NOW), CountingLimiter()
    client = prepared(target, server, fake, limiter)
    server.script(*["429-seconds"] * 10)
    got, error = outcome(target, client, "sync", "RateLimitError")
    assert (got, server.received) == ("RateLimitError", MAX_ATTEMPTS)
    assert getattr(error, "retry_after", None) == RETRY_AFTER_SECONDS
    assert fake.sleeps == [RETRY_AFTER_SECONDS] * (MAX_ATTEMPTS - 1)


@pytest.mark.parametrize("target", TARGETS, ids=[target.name for target in TARGETS])
def test_backoff_doubles_between_attempts(fault_servers: Callable[[str | None], FaultServer], target: Target) -> None:
    server = fault_servers(target.upstream)
    fake, limiter = SimulatedClock(NOW), CountingLimiter()
    client = prepared(target, server, fake, limiter, max_attempts=4)
    server.script(*["503"] * 10)
    got, _ = outcome(target, client, "sync", "ServerError")
    if target.idempotent:
        assert (got, server.received, fake.sleeps) == ("ServerError", 4, [0.5, 1.0, 2.0])
    else:
        assert (got, server.received, fake.sleeps) == ("ServerError", 1, [])


@pytest.mark.parametrize("target", TARGETS, ids=[target.name for target in TARGETS])
def test_a_retry_after_beyond_the_cap_is_not_waited_for(
    fault_servers: Callable[[str | None], FaultServer], target: Target
) -> None:
    server = fault_servers(target.upstream)
    fake, limiter = SimulatedClock(NOW), CountingLimiter()
    client = prepared(target, server, fake, limiter, max_retry_after=1.0)
    server.script("429-seconds")
    got, error = outcome(target, client, "sync", "RateLimitError")
    assert (got, server.received, fake.sleeps) == ("RateLimitError", 1, [])
    assert getattr(error, "retry_after", None) == RETRY_AFTER_SECONDS


@pytest.mark.parametrize("target", TARGETS, ids=[target.name for target in TARGETS])
def test_a_refused_connection_is_retried_even_with_a_side_effect(target: Target) -> None:
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    fake, limiter = SimulatedClock(NOW), CountingLimiter()
    client = prepared(target, url, fake, limiter, warm=False)
    got, error = outcome(target, client, "sync", "APIConnectionError")
    assert (got, limiter.acquired) == ("APIConnectionError", MAX_ATTEMPTS)
    assert getattr(error, "sent", None) is False
    assert fake.sleeps == [0.5, 1.0]
