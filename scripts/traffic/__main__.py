"""``python -m scripts.traffic FILE.har ... [--vendor V]``: the traffic-drift report (see report.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.traffic.har import HarError, load
from scripts.traffic.report import build
from scripts.vendors import VENDORS


def main(argv: list[str] | None = None) -> int:
    """Print the report; exit 1 on an unacknowledged item (or a host no spec serves), 2 on an unreadable file."""
    parser = argparse.ArgumentParser(description="Check recorded exchanges (HAR 1.2) against the vendor specs.")
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--vendor", choices=sorted(VENDORS), help="the spec to check against (default: by host)")
    args = parser.parse_args(argv)
    try:
        exchanges = [exchange for path in args.files for exchange in load(path)]
    except (HarError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    report = build(exchanges, args.vendor)
    print(report.render())
    return 1 if report.unacknowledged() or report.unknown_host else 0


if __name__ == "__main__":
    sys.exit(main())
