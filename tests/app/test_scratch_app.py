"""A scratch application outside the repo: build each wheel, install it in a fresh venv, run its README test.

The README's example test of every package (the ```python block defining ``test_`` functions)
runs with pytest in that venv, the fixtures coming from the installed package's pytest plugin.
With Node and Prism (this repo's ``node_modules/.bin`` on PATH) the Prism tests run; a second
run with a Prism command that does not exist must skip them, saying why.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.vendors import ROOT, VENDORS

pytestmark = [pytest.mark.app, pytest.mark.starts_first]  # builds wheels into a fresh venv
UV = shutil.which("uv") or str(ROOT / ".venv" / "bin" / "uv")  # bootstrap.py puts uv there
PYTEST_PIN = f"pytest=={pytest.__version__}"


def readme_test(project: Path) -> str:
    """The README's example test module."""
    blocks = re.findall(r"```python\n(.*?)```", (project / "README.md").read_text(encoding="utf-8"), re.S)
    (test,) = [block for block in blocks if "\ndef test_" in block]
    return str(test)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """(venv python, app dir): every package's wheel installed in a fresh venv, its README test in the app."""
    if not Path(UV).exists():
        pytest.skip("uv is not installed in this environment")
    scratch = tmp_path_factory.mktemp("scratch-app")
    dist, app_dir = scratch / "dist", scratch / "app"
    app_dir.mkdir()
    builds = [  # the wheels build together
        subprocess.Popen([UV, "build", "--wheel", "-q", "-o", str(dist / vendor.name), str(vendor.output_dir)])
        for vendor in VENDORS.values()
    ]
    assert [build.wait() for build in builds] == [0] * len(builds)
    for vendor in VENDORS.values():
        (app_dir / f"test_{vendor.name}.py").write_text(readme_test(vendor.output_dir), encoding="utf-8")
    subprocess.run([UV, "venv", "-q", "--python", sys.executable, str(scratch / "venv")], check=True)
    python = scratch / "venv" / "bin" / "python"
    wheels = sorted(str(wheel) for wheel in dist.glob("*/*.whl"))
    assert len(wheels) == len(VENDORS)
    subprocess.run([UV, "pip", "install", "-q", "--python", str(python), *wheels, PYTEST_PIN], check=True)
    yield python, app_dir


def run(python: Path, app_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join([str(ROOT / "node_modules" / ".bin"), os.environ.get("PATH", "")])
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "PRISM"))}
    result = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", *args],
        cwd=app_dir,
        env={**environment, "PATH": path, **env},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    print(result.stdout[-4000:], result.stderr[-2000:])
    return result


def test_every_readme_example_test_passes_in_a_fresh_venv(app: tuple[Path, Path]) -> None:
    python, app_dir = app
    assert not (app_dir / "conftest.py").exists() and ROOT not in app_dir.parents
    result = run(python, app_dir)
    assert result.returncode == 0
    prism = shutil.which("node") is not None and (ROOT / "node_modules" / ".bin" / "prism").exists()
    if prism:
        assert re.search(r"\b\d+ passed\b", result.stdout) and "skipped" not in result.stdout
    else:
        assert "Node.js is not on PATH" in result.stdout or "Prism does not run" in result.stdout


def test_without_prism_the_mock_fixtures_skip_and_say_why(app: tuple[Path, Path]) -> None:
    python, app_dir = app
    result = run(python, app_dir, "-k", "prism", PRISM_COMMAND="no-such-prism-command")
    assert result.returncode == 0
    assert "'no-such-prism-command' is not on PATH; set PRISM_COMMAND or prism_command" in result.stdout
    assert re.search(r"\b4 skipped\b", result.stdout) and "passed" not in result.stdout
