"""Time the spec tools on every active spec: ``python -m scripts.bench.spec_tools [vendor | spec.yaml ...]``.

Figures, not tests: the median wall time of a few runs of the spec lint (validator and
one Spectral process for all specs), the docs-drift comparison and the changelog against
``HEAD``, each over all the specs at once, as the nox sessions run them.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

from scripts.docs import drift as docs_drift
from scripts.generation import changelog
from scripts.spec import lint as lint_specs
from scripts.spec import views as spec_views
from scripts.spec.targets import Target, resolve
from scripts.vendors import VENDORS

RUNS = 3


def _median(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _changelogs(targets: list[Target]) -> None:
    for target in targets:
        old = changelog.spec_at("HEAD", target.path)
        if old is not None:
            changelog.diff(old, spec_views.load(target.path))


def _drift(targets: list[Target]) -> None:
    for target in targets:
        if target.vendor in VENDORS:
            docs_drift.compare(target)


def figures(targets: list[Target]) -> dict[str, float]:
    """Median seconds per tool, over all the targets."""
    return {
        "spec lint (openapi-spec-validator + Spectral)": _median(lambda: lint_specs.lint(targets)),
        "docs drift": _median(lambda: _drift(targets)),
        "changelog against HEAD": _median(lambda: _changelogs(targets)),
    }


def main(argv: list[str] | None = None) -> int:
    """Print one line per tool."""
    targets = resolve(sys.argv[1:] if argv is None else argv)
    names = ", ".join(target.vendor for target in targets)
    print(f"spec tools on {len(targets)} spec(s) ({names}), median of {RUNS} runs:")
    for label, seconds in figures(targets).items():
        print(f"  {label:<48} {seconds:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
