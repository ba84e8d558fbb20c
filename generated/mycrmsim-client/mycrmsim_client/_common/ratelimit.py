"""A client-side rate limiter: at most ``limit`` requests in any ``per`` seconds.

A vendor that counts requests per minute and blocks the account when the count is exceeded
(Salesmsg: 60 a minute, then 429 for 60 seconds) is best never pushed over. The limiter hands
out send times ("slots") such that no window of ``per`` seconds holds more than ``limit`` of
them, whether the vendor counts in a sliding window or in fixed minutes. One limiter can be
shared by every client of one account, across threads and asyncio tasks: a caller reserves its
slot under a short lock, then sleeps until it outside the lock (``time.sleep`` in a thread,
``asyncio.sleep`` in a task, so the event loop never blocks).

Clock and sleeps are parameters, so tests drive it with a simulated clock and no real waiting.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable


class RateLimiter:
    """Paces callers to at most ``limit`` acquisitions in any window of ``per`` seconds."""

    def __init__(
        self,
        limit: int = 60,
        per: float = 60.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError("limit must be a whole number of requests, at least 1")
        if not per > 0:
            raise ValueError("per must be a positive number of seconds")
        self.limit = limit
        self.per = float(per)
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._slots: deque[float] = deque(maxlen=limit)  # the last `limit` slots handed out, in order
        self._blocked_until = float("-inf")
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(limit={self.limit}, per={self.per})"

    def reserve(self) -> float:
        """Take the next free slot; return how many seconds from now it starts (0.0 for now).

        ``acquire`` and ``acquire_async`` reserve and then wait; a slot reserved and not used
        is simply lost, which errs on the side of sending less.
        """
        with self._lock:
            now = self._clock()
            slot = max(now, self._blocked_until)
            if len(self._slots) == self.limit:
                slot = max(slot, self._slots[0] + self.per)
            self._slots.append(slot)
            return slot - now

    def block(self, seconds: float) -> None:
        """Grant no slot for the next ``seconds`` (the vendor said so, e.g. with a 429).

        Every client sharing this limiter waits, not only the one that was refused.
        """
        with self._lock:
            self._blocked_until = max(self._blocked_until, self._clock() + max(0.0, seconds))

    def acquire(self) -> None:
        """Wait (blocking this thread) until a request may be sent."""
        delay = self.reserve()
        if delay > 0:
            self._sleep(delay)

    async def acquire_async(self) -> None:
        """Wait (suspending this task only) until a request may be sent."""
        delay = self.reserve()
        if delay > 0:
            await self._async_sleep(delay)
