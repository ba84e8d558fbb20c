"""Asynchronous exports: start one, poll ``/job/status`` until the file is ready, return its URL.

The reference: an export method returns a ``requestId``; ``job/status`` answers "Job not
start yet" until the file is ready, then gives ``fileUrl``; "the recommended interval for
requesting a JSON file with job/status is 60 seconds" (002_49c1c1f03972444b.txt:4446-4483).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from salesmanago_client.api.other import job_get_status
from salesmanago_client.client import AuthenticatedClient, Client
from salesmanago_client.models import JobGetStatusRequest, JobStatusReply
from salesmanago_client.types import UNSET

from .._common.errors import APIError

DEFAULT_INTERVAL = 60.0
DEFAULT_TIMEOUT = 30 * 60.0


class ExportStarted(Protocol):
    """The reply of an export method."""

    request_id: int


class ExportTimeoutError(APIError):
    """The export was not ready before the timeout; ``request_id`` can be polled later."""

    def __init__(self, request_id: int, waited: float) -> None:
        self.request_id = request_id
        self.waited = waited
        super().__init__(f"export {request_id} not ready after {waited:.0f}s")


class _Deadline:
    def __init__(self, request_id: int, timeout: float, clock: Callable[[], float]) -> None:
        self.request_id = request_id
        self.clock = clock
        self.started = clock()
        self.end = self.started + timeout

    def wait_before_next(self, interval: float) -> float:
        """The pause before the next poll; ExportTimeoutError if there is no time for one."""
        now = self.clock()
        if now >= self.end:
            raise ExportTimeoutError(self.request_id, now - self.started)
        return min(interval, self.end - now)


def _status_body(request_id: int, owner: str | None) -> JobGetStatusRequest:
    return JobGetStatusRequest(request_id=request_id, owner=owner if owner is not None else UNSET)


def _file_url(reply: JobStatusReply | None) -> str | None:
    url = None if reply is None else reply.file_url
    return url if isinstance(url, str) and url else None


def _check(interval: float, timeout: float) -> None:
    if interval <= 0:
        raise ValueError("interval must be positive")
    if timeout <= 0:
        raise ValueError("timeout must be positive")


def run_export(
    client: Client | AuthenticatedClient,
    start: Callable[[], ExportStarted | Any],
    *,
    owner: str | None = None,
    interval: float = DEFAULT_INTERVAL,
    timeout: float = DEFAULT_TIMEOUT,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> str:
    """Start an export and return the URL of its file once ``job/status`` gives one.

    ``start`` calls the export method, e.g. ``lambda: contact_export_data.sync(client=c, body=b)``.
    """
    _check(interval, timeout)
    request_id: int = start().request_id
    deadline = _Deadline(request_id, timeout, clock)
    while True:
        url = _file_url(job_get_status.sync(client=client, body=_status_body(request_id, owner)))
        if url is not None:
            return url
        sleep(deadline.wait_before_next(interval))


async def run_export_async(
    client: Client | AuthenticatedClient,
    start: Callable[[], Awaitable[ExportStarted | Any]],
    *,
    owner: str | None = None,
    interval: float = DEFAULT_INTERVAL,
    timeout: float = DEFAULT_TIMEOUT,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> str:
    """The asyncio twin of ``run_export`` (``start`` returns an awaitable, e.g. ``...asyncio(...)``)."""
    _check(interval, timeout)
    request_id: int = (await start()).request_id
    deadline = _Deadline(request_id, timeout, clock)
    while True:
        reply = await job_get_status.asyncio(client=client, body=_status_body(request_id, owner))
        url = _file_url(reply)
        if url is not None:
            return url
        await sleep(deadline.wait_before_next(interval))
