"""Schemathesis cases drawn once per operation, here or ahead of time in a second process.

Drawing (Schemathesis's strategies under Hypothesis) is the fuzz suite's largest cost and holds
the GIL, so in one process it cannot overlap with sending the cases through the clients.
``AheadDrawer`` forks worker processes (one per core) before any mock or thread starts and queues
the draws of every selected operation in the order the tests run; while a test sends its
operation's cases, the workers are already drawing the next operations'. A case crosses the
process boundary as its plain parts (``CaseParts``) and becomes a Schemathesis ``Case`` again
through the operation's public ``Case`` constructor; the draws are derandomized, so both ways
(and every worker) give the same cases.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.core import NOT_SET

from scripts.spec import views as spec_views

CaseParts = dict[str, Any]
"""A drawn case as plain, picklable data: the keyword arguments of ``APIOperation.Case``."""
DRAW_SETTINGS = settings(
    deadline=None,  # a draw is never too slow to count
    database=None,  # nothing to replay: no shrinking, deterministic draws
    derandomize=True,  # the same cases on every run, in every process
    phases=[Phase.generate],  # no explicit examples, no shrinking (report the first failing case), no explain
    suppress_health_check=list(HealthCheck),
)


def sendable_schema(spec: spec_views.Spec) -> Any:
    """The Schemathesis schema of what the client sends, generating positive cases only."""
    schema = schemathesis.openapi.from_dict(spec_views.sendable_view(spec))
    schema.config.generation.update(modes=[GenerationMode.POSITIVE])
    return schema


def draw(operation: Any, examples: int, sink: Callable[[Any], None]) -> int:
    """Hand ``sink`` up to ``examples`` cases of ``operation`` as Hypothesis draws them; how many."""
    drawn = 0

    @given(case=operation.as_strategy())
    @settings(DRAW_SETTINGS, max_examples=examples)
    def drive(case: Any) -> None:
        nonlocal drawn
        drawn += 1
        sink(case)

    drive()
    return drawn


def parts(case: Any) -> CaseParts:
    """What rebuilds ``case``."""
    found: CaseParts = {
        "path_parameters": dict(case.path_parameters or {}),
        "headers": dict(case.headers or {}),
        "cookies": dict(case.cookies or {}),
        "query": dict(case.query or {}),
        "media_type": case.media_type,
        "multipart_content_types": case.multipart_content_types,
    }
    if case.body is not NOT_SET:
        found["body"] = case.body
    return found


def rebuild(operation: Any, drawn: CaseParts) -> Any:
    """The ``Case`` of ``operation`` with these parts."""
    return operation.Case(**drawn)


@cache
def _schema(spec_path: Path) -> Any:
    return sendable_schema(spec_views.load(spec_path))


PR_SET_PDEATHSIG = 1
"""prctl(2): the signal a Linux process gets when the thread that forked it ends."""


def _worker_started() -> None:
    """Set a drawing worker up: it ends with the test process, and collects garbage less often.

    A worker whose parent was killed outright would wait for work forever, so on Linux it asks
    for SIGTERM when its parent ends. Hypothesis leaves much short-lived garbage; with the
    inherited heap frozen (``gc.freeze``, meant for forked children) and generation 0 collected
    every 50,000 allocations instead of 700, the same draws take about 15% less CPU.
    """
    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)


def draw_parts(spec_path: Path, label: str, examples: int) -> list[CaseParts]:
    """The drawn cases of the operation ``label`` of the spec at ``spec_path`` (in the worker)."""
    operation = _schema(spec_path).find_operation_by_label(label)
    if operation is None:
        raise KeyError(label)
    found: list[CaseParts] = []
    draw(operation, examples, lambda case: found.append(parts(case)))
    return found


def drawing_workers() -> int:
    """How many drawing processes one test process gets: one per core, at most four.

    Drawing is the fuzz run's longest path: with one drawing process, the test process waited
    for draws while the second core sat mostly idle.
    """
    return max(1, min(4, os.cpu_count() or 1))


class AheadDrawer:
    """Draws the cases of a list of operations, in order, in ``drawing_workers()`` worker processes.

    The workers are forked (they share the loaded modules and schemas) when this is the process's
    only thread; with other threads alive (fork copies only the calling one, and any lock they
    hold) they are spawned instead. ``cases`` blocks until that operation's draw is done and
    re-raises its error; ``close`` cancels what is left and ends the workers.
    """

    def __init__(self, jobs: Iterable[tuple[Path, str]], examples: int) -> None:
        method = "fork" if threading.active_count() == 1 and sys.platform == "linux" else "spawn"
        self._pool = ProcessPoolExecutor(
            max_workers=drawing_workers(), mp_context=multiprocessing.get_context(method), initializer=_worker_started
        )
        self._drawn: dict[tuple[Path, str], Future[list[CaseParts]]] = {}
        for spec_path, label in jobs:
            if (spec_path, label) not in self._drawn:
                self._drawn[spec_path, label] = self._pool.submit(draw_parts, spec_path, label, examples)

    def cases(self, spec_path: Path, operation: Any) -> list[Any]:
        """The drawn cases of ``operation`` (of the spec at ``spec_path``), as ``Case`` objects."""
        return [rebuild(operation, drawn) for drawn in self._drawn[spec_path, operation.label].result()]

    def close(self) -> None:
        """Cancel the draws no test took and stop the worker."""
        self._pool.shutdown(wait=True, cancel_futures=True)
