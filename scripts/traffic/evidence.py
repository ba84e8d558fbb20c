"""Replay the evidence corpus (``specs/evidence/<vendor>.yaml``) through the spec and the client.

Each entry is one request shape an independent client sends to the live API. It counts as
accepted when openapi-core accepts it against the spec and the installed client's own validator
accepts it too. An entry marked ``expect: rejected`` is one the spec explains it does not cover (a
path of another API version, a one-off exploratory call); it counts as explained, not accepted.

    python -m scripts.traffic.evidence [vendor ...]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from scripts.spec import views as spec_views
from scripts.traffic.exchange import Verdict, build_request, client_check, spec_check
from scripts.vendors import SPECS_DIR, VENDORS

EVIDENCE_DIR = SPECS_DIR / "evidence"
_CLIENT_ID, _API_KEY, _SHA = "evidence-client", "evidence-key", "0" * 40
_SECONDS, _MS = 1_700_000_000, 1_700_000_000_000


@dataclass(frozen=True)
class Outcome:
    """One corpus entry replayed."""

    vendor: str
    entry: dict[str, Any]
    spec: Verdict
    client: Verdict

    @property
    def accepted(self) -> bool:
        """Accepted by the spec and by the client."""
        return self.spec.accepted and self.client.accepted

    @property
    def expected_rejection(self) -> bool:
        """The corpus says the spec deliberately does not cover this request."""
        return self.entry.get("expect") == "rejected"


def corpus(vendor: str) -> dict[str, Any]:
    """The vendor's evidence corpus."""
    return spec_views.load(EVIDENCE_DIR / f"{vendor}.yaml")


def _envelope(entry: dict[str, Any]) -> dict[str, Any]:
    unit = entry.get("envelope")
    if unit is None:
        return {}
    fields = {
        "clientId": _CLIENT_ID,
        "apiKey": _API_KEY,
        "sha": _SHA,
        "requestTime": _SECONDS if unit == "seconds" else _MS,
    }
    for old, new in (entry.get("rename") or {}).items():
        fields[new] = fields.pop(old)
    return fields


def request_for(document: dict[str, Any], entry: dict[str, Any]) -> httpx.Request:
    """The wire request a corpus entry describes (placeholder credentials)."""
    own = entry.get("headers") or {}
    names = {name.lower() for name in own}
    headers = {k: v for k, v in (document.get("headers") or {}).items() if k.lower() not in names} | own
    if entry.get("auth", "bearer") != "none" and document["vendor"] != "salesmanago":
        headers.setdefault("Authorization", "Bearer evidence-token")
    body = entry.get("body")
    json_body = {**_envelope(entry), **body} if body is not None else entry.get("json")
    return build_request(
        entry["method"],
        entry.get("base", document["base"]).rstrip("/") + entry["path"],
        query={key: str(value) for key, value in (entry.get("query") or {}).items()},
        headers=headers,
        json_body=json_body,
        form=entry.get("form"),
        content_type=entry.get("content_type"),
    )


def replay(vendor: str) -> list[Outcome]:
    """Every corpus entry of a vendor through both checks."""
    document = corpus(vendor)
    outcomes = []
    for entry in document["requests"]:
        request = request_for(document, entry)
        outcomes.append(
            Outcome(
                vendor,
                entry,
                spec_check(vendor, request),
                client_check(vendor, request, entry.get("base", document["base"])),
            )
        )
    return outcomes


def report(outcomes: list[Outcome]) -> tuple[str, int]:
    """A table of the outcomes and the number of unexplained rejections."""
    lines, unexplained = [], 0
    for outcome in outcomes:
        if outcome.accepted:
            mark = "ok"
        elif outcome.expected_rejection:
            mark = "explained"
        else:
            mark = "REJECTED"
            unexplained += 1
        entry = outcome.entry
        why = (
            ""
            if outcome.accepted
            else f"  spec: {outcome.spec.reason or 'ok'} | client: {outcome.client.reason or 'ok'}"
        )
        lines.append(f"{mark:9} {outcome.vendor:11} {entry['id']:32} {entry['method']} {entry['path']}{why}")
    return "\n".join(lines), unexplained


def summary(outcomes: list[Outcome]) -> str:
    """Acceptance per vendor and in all."""
    rows = []
    for vendor in dict.fromkeys(outcome.vendor for outcome in outcomes):
        mine = [o for o in outcomes if o.vendor == vendor]
        accepted = sum(o.accepted for o in mine)
        explained = sum(o.expected_rejection and not o.accepted for o in mine)
        rows.append(
            f"{vendor}: {accepted}/{len(mine)} accepted by spec and client ({accepted / len(mine):.0%}),"
            f" {explained} explained"
        )
    accepted = sum(o.accepted for o in outcomes)
    explained = sum(o.expected_rejection and not o.accepted for o in outcomes)
    rows.append(
        f"all: {accepted}/{len(outcomes)} accepted ({accepted / len(outcomes):.0%}), {explained} explained, "
        f"{len(outcomes) - accepted - explained} unexplained"
    )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Print the replay of the corpus; exit 1 on any unexplained rejection."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("vendors", nargs="*")
    args = parser.parse_args(argv)
    names = args.vendors or [path.stem for path in sorted(Path(EVIDENCE_DIR).glob("*.yaml"))]
    outcomes = [outcome for vendor in names if vendor in VENDORS for outcome in replay(vendor)]
    table, unexplained = report(outcomes)
    print(table)
    print(summary(outcomes))
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
