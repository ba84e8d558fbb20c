"""Run jobs side by side in forked copies of this process: what it imported, they have.

Threads would share one interpreter lock, and the generator is pure Python; fresh interpreters
would import it again. A fork starts with everything the parent imported and nothing of the
other jobs: each job runs in a process of its own, as a subprocess would, and sends back its
result (pickled) or its traceback. A lone job runs here, in this process.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import TypeVar

T = TypeVar("T")


class JobFailedError(RuntimeError):
    """A job raised in its child process; the message is the child's traceback."""


def _child(job: Callable[[], object], writer: Connection) -> None:
    try:
        outcome: tuple[bool, object] = (True, job())
    except BaseException:  # everything goes back to the parent, which raises it
        outcome = (False, traceback.format_exc())
    writer.send(outcome)
    writer.close()


def run(jobs: Sequence[Callable[[], T]]) -> list[T]:
    """Each job's result, in order; all of them run at once (one alone runs in this process).

    When jobs fail, the first failure is raised (as :class:`JobFailedError`), after every child has ended.
    """
    if len(jobs) <= 1:
        return [job() for job in jobs]
    context = multiprocessing.get_context("fork")
    started = []
    for job in jobs:
        reader, writer = context.Pipe(duplex=False)
        child = context.Process(target=_child, args=(job, writer), daemon=True)
        child.start()
        writer.close()
        started.append((reader, child))
    outcomes: list[tuple[bool, object]] = []
    for reader, child in started:
        try:
            outcomes.append(reader.recv())
        except EOFError:  # died without a word (killed, os._exit)
            child.join()
            outcomes.append((False, f"the child process ended without a result (exit code {child.exitcode})"))
        finally:
            reader.close()
            child.join()
    failures = [str(value) for ok, value in outcomes if not ok]
    if failures:
        raise JobFailedError(failures[0])
    return [value for _ok, value in outcomes]  # type: ignore[misc]
