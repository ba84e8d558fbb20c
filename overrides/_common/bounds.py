"""Limits on what one attempt may cost: the decoded size of a response body, and its total time.

httpx bounds each phase (connect, each read, each write, the pool wait) but not their sum, and
not the size of a body: a body trickled one byte per read timeout never times out, and a small
gzip body can decode to gigabytes. The transport reads every body through ``Bounds.read``.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field

import httpx

DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024
"""32 MiB of decoded body: far above any documented answer of the four APIs (exports are URLs)."""
DEFAULT_DEADLINE = 120.0
"""Seconds one attempt may take in all, from sending to the last byte of the body."""


class ResponseTooLargeError(httpx.ProtocolError):
    """The decoded body grew past ``Bounds.max_body_bytes``; the rest was not read.

    The transport raises it as an ``APIConnectionError`` (no usable answer) naming the limit.
    """


class DeadlineExceededError(httpx.ReadTimeout):
    """One attempt took longer than ``Bounds.deadline`` in all; raised as an ``APITimeoutError``."""


@dataclass(frozen=True)
class Bounds:
    """``max_body_bytes`` (decoded, default 32 MiB) and ``deadline`` (seconds per attempt, default 120).

    ``None`` lifts a limit. ``clock`` is injectable for tests.
    """

    max_body_bytes: int | None = DEFAULT_MAX_BODY_BYTES
    deadline: float | None = DEFAULT_DEADLINE
    clock: Callable[[], float] = field(default=time.monotonic, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_body_bytes is not None and (isinstance(self.max_body_bytes, bool) or self.max_body_bytes < 1):
            raise ValueError("max_body_bytes must be a positive number of bytes, or None")
        if self.deadline is not None and not self.deadline > 0:
            raise ValueError("deadline must be a positive number of seconds, or None")

    def started(self) -> float | None:
        """When an attempt starting now must be over (None: no deadline)."""
        return None if self.deadline is None else self.clock() + self.deadline

    def check_time(self, request: httpx.Request, until: float | None) -> None:
        """Raise ``DeadlineExceededError`` once ``until`` has passed."""
        if until is not None and self.clock() > until:
            raise DeadlineExceededError(
                f"the attempt took longer than the {self.deadline:g} s deadline", request=request
            )

    def _add(self, request: httpx.Request, size: int, chunk: bytes, until: float | None) -> int:
        size += len(chunk)
        if self.max_body_bytes is not None and size > self.max_body_bytes:
            raise ResponseTooLargeError(
                f"the decoded response body is larger than max_body_bytes={self.max_body_bytes}", request=request
            )
        self.check_time(request, until)
        return size

    def read(self, response: httpx.Response, until: float | None) -> None:
        """Read and decode ``response``'s body within the limits (it is then buffered as by ``read()``)."""
        request = response.request
        chunks, size = [], 0
        body: Iterator[bytes] = response.iter_bytes()
        for chunk in body:
            size = self._add(request, size, chunk, until)
            chunks.append(chunk)
        response._content = b"".join(chunks)  # what ``Response.read()`` would have stored

    async def aread(self, response: httpx.Response, until: float | None) -> None:
        """``read`` for async responses."""
        request = response.request
        chunks, size = [], 0
        body: AsyncIterator[bytes] = response.aiter_bytes()
        async for chunk in body:
            size = self._add(request, size, chunk, until)
            chunks.append(chunk)
        response._content = b"".join(chunks)
