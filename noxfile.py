"""Every maintainer task, one nox session each (see README.md).

Sessions run in uv-built virtualenvs from the hashed pins in requirements/dev.txt, with
the generated client packages installed as a user would install them.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

import nox

ROOT = Path(__file__).parent
DEV_REQUIREMENTS = "requirements/dev.txt"
HAND_WRITTEN = ["overrides", "scripts", "tests", "noxfile.py"]

nox.options.default_venv_backend = "uv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["spec_lint", "docs_drift", "lint", "drift", "tests"]
# Under ``nox --parallel 2`` (.ci/run) the checks marked allow_parallel run two at a time; they share
# no writable state (the drift gate generates into temporary directories, deps works in its own).
# ``tests`` runs alone: its two workers use both cores.
os.environ.setdefault("UV_PYTHON_DOWNLOADS", "never")
# Bytecode, written once for what the sessions import, in a cache outside the work tree: with
# PYTHONDONTWRITEBYTECODE (set on these machines) every process recompiled every module it imported.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ.setdefault("PYTHONPYCACHEPREFIX", str(ROOT / ".nox" / "pycache"))


def _install_tools(session: nox.Session) -> None:
    session.install("--require-hashes", "-r", DEV_REQUIREMENTS)


def _install_clients(session: nox.Session) -> None:
    packages = sorted(str(path) for path in (ROOT / "generated").iterdir() if (path / "pyproject.toml").exists())
    session.install("--reinstall", *packages)


def _install_node_tools(session: nox.Session) -> None:
    stamp = ROOT / "node_modules" / ".package-lock.json"
    lock = ROOT / "package-lock.json"
    if not stamp.exists() or stamp.stat().st_mtime < lock.stat().st_mtime:
        session.run("npm", "ci", "--no-audit", "--no-fund", external=True)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate every client (or the vendors named after --) from specs/, and list what changed."""
    _install_tools(session)
    session.run("python", "-m", "scripts.generation.generate", *session.posargs)


@nox.session(allow_parallel=True)
def drift(session: nox.Session) -> None:
    """Fail if generated/ is not exactly what the specs and overrides produce."""
    _install_tools(session)
    session.run("python", "-m", "scripts.generation.generate", "--check")


@nox.session(allow_parallel=True)
def spec_lint(session: nox.Session) -> None:
    """openapi-spec-validator and Spectral (.spectral.yaml) on every spec, or the vendors/spec files after --."""
    _install_tools(session)
    _install_node_tools(session)
    session.run("python", "-m", "scripts.spec.lint", *session.posargs)


@nox.session(allow_parallel=True)
def docs_drift(session: nox.Session) -> None:
    """Compare every spec with its vendor's docs snapshot; fail on drift a spec does not acknowledge."""
    _install_tools(session)
    session.run("python", "-m", "scripts.docs.drift", *session.posargs)


@nox.session
def changelog(session: nox.Session) -> None:
    """What the spec changes since the last commit do to importing code: -- [--rev REV] [vendor ...]."""
    _install_tools(session)
    session.run("python", "-m", "scripts.generation.changelog", *session.posargs)


@nox.session(allow_parallel=True)
def lint(session: nox.Session) -> None:
    """ruff and mypy --strict on the hand-written code."""
    _install_tools(session)
    _install_clients(session)
    session.run("ruff", "check", *HAND_WRITTEN)
    session.run("ruff", "format", "--check", *HAND_WRITTEN)
    session.run("mypy", *HAND_WRITTEN)


@nox.session
def tests(session: nox.Session) -> None:
    """Unit tests, reference-sample checks and the contract fuzz run against the Prism mocks."""
    _install_tools(session)
    _install_clients(session)
    _install_node_tools(session)
    # Two workers for two cores (-- -n 0 for one process). worksteal: a worker that runs out takes
    # half of the other's queue; with the default "load" one worker got the first quarter of the
    # collection, where the long contract tests are, and ran alone for the last 40% of the run.
    session.run("pytest", "-n", "2", "--dist", "worksteal", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: regenerate every client, start the mocks, exercise each client, summarise."""
    _install_tools(session)
    _install_node_tools(session)
    session.run("python", "-m", "scripts.generation.generate")
    _install_clients(session)
    session.run("python", "-m", "scripts.mock.demo", *session.posargs)


@nox.session
def mock(session: nox.Session) -> None:
    """Serve one vendor's Prism mock until Ctrl-C: nox -s mock -- VENDOR [--static] [--port N]."""
    _install_tools(session)
    _install_node_tools(session)
    session.run("python", "-m", "scripts.mock.prism", *session.posargs)


@nox.session
def new_vendor(session: nox.Session) -> None:
    """Scaffold a vendor: nox -s new_vendor -- NAME [--auth apikey-header|apikey-query|bearer|basic|oauth2]."""
    _install_tools(session)
    session.run("python", "-m", "scripts.new_vendor", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Measure regeneration, mock start-up, fuzz time, overheads, the fault matrix, pacing, spec tools:
    -- [--vendor NAME ...] limits the mock and fuzz figures to those vendors."""
    _install_tools(session)
    _install_clients(session)
    _install_node_tools(session)
    session.run("python", "-m", "scripts.bench.pipeline", *session.posargs)
    session.run("python", "-m", "scripts.bench.reliability")
    session.run("python", "-m", "scripts.bench.ratelimit")
    session.run("python", "-m", "scripts.bench.spec_tools")


@nox.session(venv_backend="uv")
def lock(session: nox.Session) -> None:
    """Re-pin requirements/*.txt from requirements/*.in (with hashes)."""
    session.install("--require-hashes", "-r", "requirements/bootstrap.txt")
    for name in ("dev", "bootstrap"):
        session.run(
            "uv", "pip", "compile", f"requirements/{name}.in", "-o", f"requirements/{name}.txt",
            "--python-version", "3.11", "--generate-hashes", "--quiet",
        )  # fmt: skip


@nox.session
def traffic(session: nox.Session) -> None:
    """Check recorded exchanges (HAR 1.2) against the specs: -- FILE.har ... [--vendor V] (issue 11)."""
    _install_tools(session)
    session.run("python", "-m", "scripts.traffic", *session.posargs)


@nox.session
def live(session: nox.Session) -> None:
    """Probe a live API with credentials from the environment, safe reads only: -- VENDOR [--also OP ...]."""
    _install_tools(session)
    _install_clients(session)
    session.run("python", "-m", "scripts.traffic.live", *session.posargs)


_NEEDS_THE_REPO = re.compile(
    r"^(?:from|import) (?:scripts|overrides|schemathesis|hypothesis|yaml)\b|Path\(__file__\)", re.M
)  # code of the repo, its dev tools, or files found beside the test (tests/typed_app)


def _package_only_tests(workdir: Path) -> list[str]:
    """Copy the unit tests that need only the packages (no repo code, no mock) and the README tests to workdir."""
    tests = workdir / "tests"
    (tests / "unit").mkdir(parents=True)
    for name in ("__init__.py", "fake_clock.py", "unit/__init__.py", "unit/salesmanago_fakes.py"):
        shutil.copyfile(ROOT / "tests" / name, tests / name)
    chosen = []
    for path in sorted((ROOT / "tests" / "unit").glob("test_*.py")):
        if not _NEEDS_THE_REPO.search(path.read_text(encoding="utf-8")):
            shutil.copyfile(path, tests / "unit" / path.name)
            chosen.append(f"tests/unit/{path.name}")
    for project in sorted((ROOT / "generated").glob("*-client")):
        blocks = re.findall(r"```python\n(.*?)```", (project / "README.md").read_text(encoding="utf-8"), re.S)
        for block in blocks:
            if "\ndef test_" in block:
                (workdir / f"test_readme_{project.name.replace('-', '_')}.py").write_text(block, encoding="utf-8")
                chosen.append(f"test_readme_{project.name.replace('-', '_')}.py")
    return chosen


@nox.session(venv_backend="uv", allow_parallel=True)
@nox.parametrize("resolution", ["lowest-direct", "highest"])
def deps(session: nox.Session, resolution: str) -> None:
    """Install the packages at the lowest (or newest) versions their ranges allow; run the tests needing no mock.

    ``nox -s "deps(resolution='lowest-direct')"`` or ``nox -s deps -- lowest`` / ``-- highest``.
    """
    wanted = {"lowest": "lowest-direct", "highest": "highest"}.get(session.posargs[0] if session.posargs else "")
    if wanted is not None and wanted != resolution:
        session.skip(f"asked for {wanted}")
    pins = [line.split(" ")[0] for line in (ROOT / DEV_REQUIREMENTS).read_text().splitlines()]
    test_tools = [pin for pin in pins if pin.startswith(("pytest==", "pytest-asyncio=="))]
    packages = sorted(str(path) for path in (ROOT / "generated").glob("*-client"))
    session.install(f"--resolution={resolution}", "--reinstall", *packages, *test_tools)
    session.run(
        "python",
        "-c",
        "import httpx, attrs, fastjsonschema as f; print(httpx.__version__, attrs.__version__, f.VERSION)",
    )
    with tempfile.TemporaryDirectory(prefix="deps-") as tmp:
        chosen = _package_only_tests(Path(tmp))
        session.chdir(tmp)
        session.run("python", "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", "not prism", *chosen,
                    env={"PYTHONPATH": tmp})  # fmt: skip
