"""The main job: exercise every vendor client against its Prism mock and print a summary.

``python -m scripts.mock.demo [--examples N] [vendor ...]``: for each vendor, start its mock,
call every operation of its spec through the generated client with N cases drawn from the
spec, and print one line per vendor; exit 1 if any call was rejected.
"""

from __future__ import annotations

import argparse
import time

from scripts.contract.harness import Harness
from scripts.contract.profiles import PROFILES
from scripts.mock.prism import PrismMock
from scripts.vendors import select


def exercise(name: str, examples: int) -> tuple[str, bool]:
    """Run one vendor; return its summary line and whether every call was accepted."""
    profile = PROFILES[name]
    started = time.perf_counter()
    with PrismMock(profile.vendor) as mock:
        harness = Harness(profile, mock.url)
        operations = list(harness.operations())
        calls, failures = 0, []
        for operation in operations:
            try:
                calls += harness.run(operation, examples)
            except Exception as error:
                failures.append(f"  {operation.label}: {type(error).__name__}: {str(error).splitlines()[0][:200]}")
        covered = len(harness.calls)
    verdict = "all accepted" if not failures else f"{len(failures)} operation(s) FAILED"
    line = (
        f"{name:<12} {covered}/{len(operations)} operations called, {calls} calls, {verdict} "
        f"(mock ready in {mock.startup_seconds:.1f}s, {time.perf_counter() - started:.1f}s in all)"
    )
    return "\n".join([line, *failures]), not failures and covered == len(operations)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vendors", nargs="*")
    parser.add_argument("--examples", type=int, default=3, help="cases per operation (default 3)")
    args = parser.parse_args(argv)
    results = [exercise(vendor.name, args.examples) for vendor in select(args.vendors)]
    print("\nvendor       summary")
    for line, _ in results:
        print(line)
    return 0 if all(ok for _, ok in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
