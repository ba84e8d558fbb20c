"""``nox -s new_vendor`` end to end: a throwaway vendor, scaffolded in a temporary copy of the repo,
generates, serves its mock and passes its fuzz cases and the shared reliability tests at once.

Each auth kind of the scaffold is one case; the copy gets the scaffold's files and nothing else
by hand, so a vendor that needs more than the spec and its record fails here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.vendors import ROOT

pytestmark = pytest.mark.contract
SKIPPED = {".git", ".nox", ".venv", "node_modules", "generated", ".mypy_cache", ".ruff_cache", "__pycache__"}


def _copy(into: Path) -> Path:
    repo = into / "repo"
    shutil.copytree(ROOT, repo, ignore=lambda _dir, names: [name for name in names if name in SKIPPED])
    (repo / "node_modules").symlink_to(ROOT / "node_modules")  # the pinned Prism
    (repo / "generated").mkdir()
    return repo


def _run(repo: Path, *args: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [sys.executable, *args], cwd=repo, capture_output=True, text=True, check=False, env=env, timeout=600
    )
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    return result.stdout


@pytest.mark.parametrize("auth", ["apikey-header", "apikey-query", "bearer", "basic", "oauth2"])
def test_a_scaffolded_vendor_generates_mocks_and_fuzzes(tmp_path: Path, auth: str) -> None:
    name = "throwaway" + auth.replace("-", "")
    repo = _copy(tmp_path)
    _run(repo, "-m", "scripts.new_vendor", name, "--auth", auth)
    _run(repo, "-m", "scripts.docs.drift", name)
    _run(repo, "-m", "scripts.generation.generate", name)
    package_dir = repo / "generated" / f"{name}-client"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(repo), str(package_dir)]), "FUZZ_EXAMPLES": "5"}
    _run(repo, "-m", "scripts.mock.demo", "--examples", "2", name, env=env)
    output = _run(
        repo, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", name,
        "tests/contract/test_fuzz.py", "tests/reliability", env=env,
    )  # fmt: skip
    assert " passed" in output and " failed" not in output, output[-2000:]
