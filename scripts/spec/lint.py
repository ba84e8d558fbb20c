"""Lint the hand-written specs: ``python -m scripts.spec.lint [vendor | spec.yaml ...]``.

Two checks on each spec (every active vendor by default):

* openapi-spec-validator: is the document valid OpenAPI (3.0 or 3.1, from its ``openapi``)?
* Spectral (``node_modules/.bin/spectral``, pinned in package.json) with ``.spectral.yaml``:
  ``spectral:oas`` plus the house rules (operationId, tag, summary, ``x-doc-source`` and
  ``x-confidence`` on every operation; valid examples; no unused components).

Every finding fails the run (exit 1), whatever Spectral's severity. One refinement of a
Spectral rule, made here because Spectral cannot express it: ``oas3-unused-component``
does not see references made by extensions, so a component named by a local reference
in an ``x-`` field (``x-export-file-schema: '#/components/schemas/X'``, the schema of a
file an operation exports) counts as used. The rules switched off in ``.spectral.yaml``
say why there.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from scripts.spec import views as spec_views
from scripts.spec.targets import Target, resolve
from scripts.vendors import ROOT

RULESET = ROOT / ".spectral.yaml"
SPECTRAL = ROOT / "node_modules" / ".bin" / "spectral"
SEVERITIES = ("error", "warning", "info", "hint")


@dataclass(frozen=True)
class Finding:
    """One problem in one spec: where, which check, what."""

    line: int
    column: int
    severity: str
    rule: str
    message: str
    where: str

    def render(self, path: str) -> str:
        """One readable line, clickable in most editors."""
        return f"{path}:{self.line}:{self.column} {self.severity} {self.rule}: {self.message} [{self.where}]"


def _pointer(parts: list[Any]) -> str:
    return ".".join(str(part) for part in parts) or "(document)"


def validate(spec: spec_views.Spec) -> list[Finding]:
    """openapi-spec-validator's errors (no line numbers: it works on the parsed document)."""
    version = str(spec.get("openapi", ""))
    validator_class = OpenAPIV30SpecValidator if version.startswith("3.0") else OpenAPIV31SpecValidator
    findings = []
    for error in validator_class(spec).iter_errors():
        findings.append(
            Finding(0, 0, "error", "openapi-spec-validator", error.message.splitlines()[0], _pointer(list(error.path)))
        )
    return findings


def run_spectral(paths: list[Path]) -> dict[Path, list[Finding]]:
    """Run Spectral once on every spec; return its findings per spec file."""
    if not SPECTRAL.exists():
        raise RuntimeError(f"{SPECTRAL} is missing: run `npm ci` (nox sessions do it for you)")
    command = [
        str(SPECTRAL),
        "lint",
        "--ruleset",
        str(RULESET),
        "--format",
        "json",
        "--fail-severity",
        "hint",
        "--quiet",
    ]
    result = subprocess.run([*command, *map(str, paths)], capture_output=True, text=True, check=False, cwd=ROOT)
    try:
        raw: list[dict[str, Any]] = json.loads(result.stdout or "[]")
    except json.JSONDecodeError:
        raise RuntimeError(f"spectral failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}") from None
    found: dict[Path, list[Finding]] = {path: [] for path in paths}
    for item in raw:
        start = item.get("range", {}).get("start", {})
        finding = Finding(
            line=int(start.get("line", -1)) + 1,
            column=int(start.get("character", -1)) + 1,
            severity=SEVERITIES[int(item.get("severity", 0))],
            rule=str(item.get("code")),
            message=str(item.get("message")),
            where=_pointer(list(item.get("path") or [])),
        )
        found.setdefault(Path(str(item.get("source"))).resolve(), []).append(finding)
    return found


def _extension_refs(node: Any, in_extension: bool = False) -> Iterator[str]:
    """Every local reference (``#/...``) given as a string value under an ``x-`` key."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _extension_refs(value, in_extension or str(key).startswith("x-"))
    elif isinstance(node, list):
        for value in node:
            yield from _extension_refs(value, in_extension)
    elif in_extension and isinstance(node, str) and node.startswith("#/components/"):
        yield node


def used_by_extensions(spec: spec_views.Spec, findings: list[Finding]) -> list[Finding]:
    """Drop ``oas3-unused-component`` findings for components an extension refers to."""
    referenced = {"components." + ref.removeprefix("#/components/").replace("/", ".") for ref in _extension_refs(spec)}
    return [f for f in findings if not (f.rule == "oas3-unused-component" and f.where in referenced)]


def lint(targets: list[Target]) -> dict[Target, list[Finding]]:
    """Every finding of both checks, per target, in document order."""
    spectral = run_spectral([target.path for target in targets])
    report = {}
    for target in targets:
        spec = spec_views.load(target.path)
        findings = validate(spec) + used_by_extensions(spec, spectral.get(target.path, []))
        report[target] = sorted(findings, key=lambda f: (f.line, f.column, f.rule))
    return report


def _display(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: print the findings per spec; exit 1 if there are any."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="*", help="vendor names or spec files (default: every active vendor)")
    args = parser.parse_args(argv)
    try:
        targets = resolve(args.specs)
    except ValueError as error:
        parser.error(str(error))
    started = time.perf_counter()
    report = lint(targets)
    total = 0
    for target, findings in report.items():
        shown = _display(target.path)
        print(f"{target.vendor} ({shown}): {len(findings) or 'no'} finding(s)")
        for finding in findings:
            print("  " + finding.render(shown))
        total += len(findings)
    print(f"linted {len(targets)} spec(s) in {time.perf_counter() - started:.1f}s: {total or 'no'} finding(s)")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
