"""When a failed attempt is tried again, and after how long.

Retried: connection errors, 408, 429, 502, 503 and 504. A request with a side effect (any
operation the manifest does not mark idempotent: POST and PATCH unless the spec says
``x-idempotent: true``) is retried only when the failure proves it was not processed: a 429,
a 503 with ``Retry-After``, or a connection error before any byte was sent. ``Retry-After``
(seconds or an HTTP date) is honoured up to ``max_retry_after``; a longer wait is not taken
(the error is raised, with ``retry_after`` on a ``RateLimitError``). Otherwise the wait is
exponential with jitter. Sleeping and the clock are injectable for tests.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx

from .bounds import ResponseTooLargeError
from .errors import retry_after

RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})
# Proof that the vendor did not process a request: it may be retried even with a side effect.
_NOT_PROCESSED_STATUSES = frozenset({429})
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Used when a client sets no timeout at all: 10 s to connect, 30 s for each read, write and pool wait."""


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry; ``RetryPolicy(max_attempts=1)`` never retries.

    ``max_attempts`` counts the first attempt. The n-th retry waits
    ``min(backoff_max, backoff_initial * 2 ** (n - 1))`` shortened by up to ``jitter`` (a fraction),
    unless the answer says how long (``Retry-After``) or is a 429 without one and
    ``rate_limit_wait`` is set (Salesmsg blocks for 60 s after a 429).
    """

    max_attempts: int = 3
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    rate_limit_wait: float | None = None
    statuses: frozenset[int] = RETRY_STATUSES
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, repr=False, compare=False)
    clock: Callable[[], float] = field(default=time.time, repr=False, compare=False)
    random: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if min(self.backoff_initial, self.backoff_max, self.max_retry_after) < 0 or not 0 <= self.jitter <= 1:
            raise ValueError("waits must not be negative and jitter must be between 0 and 1")

    def backoff(self, retry: int) -> float:
        """The wait before retry number ``retry`` (1 for the first) when the answer names none."""
        base = min(self.backoff_max, self.backoff_initial * 2.0 ** (retry - 1))
        return float(base * (1 - self.jitter * self.random()))

    def wait_after_response(self, response: httpx.Response, attempt: int, idempotent: bool) -> float | None:
        """Seconds to wait before another attempt after ``response``, or None to stop here."""
        status = response.status_code
        if attempt >= self.max_attempts or status not in self.statuses:
            return None
        asked = retry_after(response, self.clock)
        not_processed = status in _NOT_PROCESSED_STATUSES or (status == 503 and asked is not None)
        if not (idempotent or not_processed):
            return None
        if asked is not None:
            return asked if asked <= self.max_retry_after else None
        if status == 429 and self.rate_limit_wait is not None:
            return self.rate_limit_wait
        return self.backoff(attempt)

    def wait_after_error(self, error: httpx.TransportError, attempt: int, idempotent: bool) -> float | None:
        """Seconds to wait before another attempt after a connection error, or None to stop here."""
        if attempt >= self.max_attempts or isinstance(error, (httpx.LocalProtocolError, ResponseTooLargeError)):
            return None  # a request h11 refused to write is refused again; a body too large stays so
        if idempotent or not_sent(error):
            return self.backoff(attempt)
        return None


def not_sent(error: httpx.TransportError) -> bool:
    """Whether the request failed before any of it left: no connection, none from the pool, or refused by h11.

    h11 checks the request line and headers before it writes them (``LocalProtocolError``).
    """
    return isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.LocalProtocolError))


NO_RETRY = RetryPolicy(max_attempts=1)
