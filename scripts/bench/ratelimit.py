"""The rate limiter's throughput against its limit: ``python -m scripts.bench.ratelimit``.

Two runs of 120 acquisitions, as fast as the limiter allows:

* on a simulated clock at the real setting (60 a minute): exact, takes no time;
* on the real clock and real sleeps with the window scaled down 100 times (60 per 0.6 s), from
  four threads sharing one limiter: what the pacing gives in practice, sleep overshoot included.

Throughput is reported per (scaled) minute over the windows the run occupies: n acquisitions
whose last one came ``span`` after the first fill ``span + per`` seconds of windows. A figure,
not a test: nothing fails on it.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any

from overrides._common.ratelimit import RateLimiter

ACQUISITIONS = 120
LIMIT = 60
MINUTE = 60.0
SCALE = 100.0
THREADS = 4


def max_in_any_window(times: list[float], per: float) -> int:
    """The most acquisitions any window [t, t + per) holds."""
    ordered = sorted(times)
    best, start = 0, 0
    for end, moment in enumerate(ordered):
        while ordered[start] <= moment - per:
            start += 1
        best = max(best, end - start + 1)
    return best


def _per_minute(times: list[float], per: float) -> float:
    span = max(times) - min(times) + per
    return len(times) / span * per


def simulated() -> dict[str, Any]:
    """120 acquisitions at 60 a minute on a simulated clock."""
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += seconds

    limiter = RateLimiter(LIMIT, MINUTE, clock=lambda: now[0], sleep=sleep)
    times = []
    for _ in range(ACQUISITIONS):
        limiter.acquire()
        times.append(now[0])
    return {
        "requests_per_minute": round(_per_minute(times, MINUTE), 2),
        "max_in_any_minute": max_in_any_window(times, MINUTE),
        "simulated_seconds": max(times) - min(times),
    }


def real() -> dict[str, Any]:
    """120 acquisitions from four threads, real clock, the minute scaled down 100 times."""
    per = MINUTE / SCALE
    limiter = RateLimiter(LIMIT, per)
    times: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(ACQUISITIONS // THREADS):
            limiter.acquire()
            moment = time.monotonic()
            with lock:
                times.append(moment)

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {
        "requests_per_scaled_minute": round(_per_minute(times, per), 2),
        "max_in_any_scaled_minute": max_in_any_window(times, per),
        "wall_seconds": round(time.monotonic() - started, 3),
        "scaled_minute_seconds": per,
        "threads": THREADS,
    }


def measure() -> dict[str, Any]:
    """Both runs, for the bench table (limit: 60 requests a minute)."""
    return {"limit_per_minute": LIMIT, "acquisitions": ACQUISITIONS, "simulated": simulated(), "real": real()}


if __name__ == "__main__":
    print(json.dumps(measure(), indent=1))
