"""The shared client-side rate limiter, driven by a simulated clock (no real waiting)."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter

import pytest

from overrides._common.ratelimit import RateLimiter
from tests.fake_clock import SimulatedClock


def limiter_on(clock: SimulatedClock, limit: int = 60, per: float = 60.0) -> RateLimiter:
    return RateLimiter(limit, per, clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep)


def max_in_any_window(times: list[float], per: float) -> int:
    """The most send times any half-open window [t, t + per) holds."""
    ordered = sorted(times)
    best, start = 0, 0
    for end, moment in enumerate(ordered):
        while ordered[start] <= moment - per:
            start += 1
        best = max(best, end - start + 1)
    return best


def test_the_first_sixty_go_at_once_and_the_sixty_first_waits_a_minute() -> None:
    clock = SimulatedClock(1000.0)
    limiter = limiter_on(clock)
    sent = []
    for _ in range(61):
        limiter.acquire()
        sent.append(clock.now)
    assert sent[:60] == [1000.0] * 60
    assert sent[60] == 1060.0
    assert clock.sleeps == [60.0]


def test_a_steady_caller_is_held_to_sixty_a_minute() -> None:
    clock = SimulatedClock(1000.0)
    limiter = limiter_on(clock)
    sent = []
    for _ in range(600):
        limiter.acquire()
        sent.append(clock.now)
        clock.now += 0.125  # the caller itself would manage 480 a minute (binary-exact steps)
    assert max_in_any_window(sent, 60.0) == 60
    minutes = (sent[-1] - sent[0]) / 60.0
    assert 9.0 <= minutes < 10.0  # 600 requests: 10 bursts of 60, nine minutes apart from the first


def test_pacing_holds_for_any_limit_and_window() -> None:
    clock = SimulatedClock(1000.0)
    limiter = limiter_on(clock, limit=5, per=2.0)
    sent = []
    for step in range(100):
        limiter.acquire()
        sent.append(clock.now)
        clock.now += (step % 7) * 0.0625
    assert max_in_any_window(sent, 2.0) == 5


def test_threads_sharing_one_limiter_get_distinct_slots() -> None:
    clock = SimulatedClock(1000.0)  # frozen: threads only reserve, the schedule shows the pacing
    limiter = limiter_on(clock, limit=10, per=1.0)
    delays: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(8)

    def worker() -> None:
        barrier.wait()
        for _ in range(25):
            delay = limiter.reserve()
            with lock:
                delays.append(delay)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Counter(delays) == {float(second): 10 for second in range(20)}  # 200 slots, 10 per second


def test_tasks_are_paced_without_blocking_the_loop() -> None:
    clock = SimulatedClock(1000.0)  # frozen: each task's wait is recorded, not taken
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    limiter = RateLimiter(3, 1.0, clock=clock, sleep=clock.sleep, async_sleep=record)

    async def main() -> None:
        await asyncio.gather(*(limiter.acquire_async() for _ in range(12)))

    asyncio.run(main())
    assert Counter(waits) == {1.0: 3, 2.0: 3, 3.0: 3}  # the first three go at once
    assert clock.sleeps == []  # the thread sleep was never used


def test_a_block_holds_every_caller_then_pacing_resumes() -> None:
    clock = SimulatedClock(1000.0)
    limiter = limiter_on(clock, limit=60)
    limiter.acquire()
    limiter.block(60.0)  # a 429: the account is blocked for a minute
    assert limiter.reserve() == 60.0
    assert limiter.reserve() == 60.0
    clock.now += 61.0
    assert limiter.reserve() == 0.0
    limiter.block(-5.0)  # a negative wait is no wait
    assert limiter.reserve() == 0.0


def test_two_clients_of_one_account_share_the_budget() -> None:
    clock = SimulatedClock(1000.0)
    shared = limiter_on(clock, limit=4, per=10.0)
    for _ in range(2):
        shared.acquire()  # client A
        shared.acquire()  # client B
    before = clock.now
    shared.acquire()
    assert clock.now - before == 10.0


@pytest.mark.parametrize(("limit", "per"), [(0, 60.0), (-1, 60.0), (1.5, 60.0), (True, 60.0), (60, 0.0), (60, -1.0)])
def test_bad_settings_are_refused(limit: object, per: float) -> None:
    with pytest.raises(ValueError, match=r"limit|per"):
        RateLimiter(limit, per)  # type: ignore[arg-type]


def test_defaults_are_sixty_a_minute_on_the_monotonic_clock() -> None:
    limiter = RateLimiter()
    assert (limiter.limit, limiter.per) == (60, 60.0)
    assert limiter.reserve() == 0.0
    assert repr(limiter) == "RateLimiter(limit=60, per=60.0)"
