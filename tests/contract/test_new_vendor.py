"""``nox -s new_vendor`` end to end: throwaway vendors, scaffolded in a temporary copy of the repo,
pass the spec lint, generate, serve their mocks and pass their fuzz cases and the shared reliability tests at once.

One vendor per auth kind of the scaffold, all in one copy; the copy gets the scaffold's files and
nothing else by hand, so a vendor that needs more than its spec and its record fails here. The
fault matrix and the other reliability tests run for the API-key vendor (the shared layer is the
same for every kind; the kinds differ in auth, which the fuzz run checks on the wire).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from scripts.new_vendor import AUTH_KINDS
from scripts.vendors import ROOT

pytestmark = [pytest.mark.contract, pytest.mark.starts_first]  # about 40 s: started first under xdist
SKIPPED = {".git", ".nox", ".venv", "node_modules", "generated", ".mypy_cache", ".ruff_cache", "__pycache__"}
NAMES = {auth: "throwaway" + auth.replace("-", "") for auth in AUTH_KINDS}


def _copy(into: Path) -> Path:
    repo = into / "repo"
    shutil.copytree(ROOT, repo, ignore=lambda _dir, names: [name for name in names if name in SKIPPED])
    (repo / "node_modules").symlink_to(ROOT / "node_modules")  # the pinned Prism
    (repo / "generated").mkdir()
    return repo


def _run(repo: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 900) -> str:
    """Run ``python *args`` in the copy; on a timeout, stop its whole process group (its mocks too)."""
    process = subprocess.Popen(
        [sys.executable, *args], cwd=repo, env=env, text=True, start_new_session=True,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGTERM)
        output, _ = process.communicate()
        pytest.fail(f"{' '.join(args)} timed out:\n{output[-4000:]}")
    assert process.returncode == 0, f"{' '.join(args)} failed:\n{output[-6000:]}"
    return output


def test_scaffolded_vendors_generate_mock_fuzz_and_pass_the_shared_tests(tmp_path: Path) -> None:
    repo = _copy(tmp_path)
    for auth, name in NAMES.items():
        _run(repo, "-m", "scripts.new_vendor", name, "--auth", auth)
    names = list(NAMES.values())
    _run(repo, "-m", "scripts.spec.lint", *names)  # the skeleton passes the house rules (Spectral)
    _run(repo, "-m", "scripts.docs.drift", *names)
    _run(repo, "-m", "scripts.generation.generate", *names)
    packages = [str(repo / "generated" / f"{name}-client") for name in names]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(repo), *packages]), "FUZZ_EXAMPLES": "5"}
    demo = _run(repo, "-m", "scripts.mock.demo", "--examples", "2", *names, env=env)
    assert demo.count("3/3 operations called") == len(names), demo
    # one pytest run (one start-up, one collection): every vendor's fuzz cases, the API-key vendor's shared tests
    chosen = f"(test_fuzz and ({' or '.join(names)})) or (reliability and {NAMES['apikey-header']})"
    report = tmp_path / "report.xml"
    output = _run(repo, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--junitxml", str(report), "-k", chosen,
                  "tests/contract/test_fuzz.py", "tests/reliability", env=env)  # fmt: skip
    outcomes = _outcomes(report)
    fuzz = [outcome for name, outcome in outcomes if name.startswith("tests.contract.test_fuzz")]
    shared = [outcome for name, outcome in outcomes if name.startswith("tests.reliability.")]
    assert fuzz == ["passed"] * (4 * len(names)), output[-2000:]
    assert shared and set(shared) == {"passed"}, output[-2000:]
    assert len(fuzz) + len(shared) == len(outcomes), output[-2000:]


def _outcomes(report: Path) -> list[tuple[str, str]]:
    """(module, outcome) of every test case in a JUnit XML report."""
    found = []
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        kinds = {child.tag for child in case} & {"failure", "error", "skipped"}
        found.append((case.get("classname", ""), kinds.pop() if kinds else "passed"))
    return found
