"""Every maintainer task, one nox session each (see README.md).

Sessions run in uv-built virtualenvs from the hashed pins in requirements/dev.txt, with
the generated client packages installed as a user would install them.
"""

from __future__ import annotations

import os
from pathlib import Path

import nox

ROOT = Path(__file__).parent
DEV_REQUIREMENTS = "requirements/dev.txt"
HAND_WRITTEN = ["overrides", "scripts", "tests", "noxfile.py"]

nox.options.default_venv_backend = "uv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["spec_lint", "docs_drift", "lint", "drift", "tests"]
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
    session.run("python", "-m", "scripts.generate", *session.posargs)


@nox.session
def drift(session: nox.Session) -> None:
    """Fail if generated/ is not exactly what the specs and overrides produce."""
    _install_tools(session)
    session.run("python", "-m", "scripts.generate", "--check")


@nox.session
def spec_lint(session: nox.Session) -> None:
    """openapi-spec-validator and Spectral (.spectral.yaml) on every spec, or the vendors/spec files after --."""
    _install_tools(session)
    _install_node_tools(session)
    session.run("python", "-m", "scripts.lint_specs", *session.posargs)


@nox.session
def docs_drift(session: nox.Session) -> None:
    """Compare every spec with its vendor's docs snapshot; fail on drift a spec does not acknowledge."""
    _install_tools(session)
    session.run("python", "-m", "scripts.docs_drift", *session.posargs)


@nox.session
def changelog(session: nox.Session) -> None:
    """What the spec changes since the last commit do to importing code: -- [--rev REV] [vendor ...]."""
    _install_tools(session)
    session.run("python", "-m", "scripts.changelog", *session.posargs)


@nox.session
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
    session.run("pytest", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: regenerate every client, start the mocks, exercise each client, summarise."""
    _install_tools(session)
    _install_node_tools(session)
    session.run("python", "-m", "scripts.generate")
    _install_clients(session)
    session.run("python", "-m", "scripts.demo", *session.posargs)


@nox.session
def mock(session: nox.Session) -> None:
    """Serve one vendor's Prism mock until Ctrl-C: nox -s mock -- salesmanago."""
    _install_tools(session)
    _install_node_tools(session)
    session.run("python", "-m", "scripts.prism", *(session.posargs or ["salesmanago"]))


@nox.session
def bench(session: nox.Session) -> None:
    """Measure regeneration, mock start-up, fuzz time, overheads, the fault matrix, pacing, spec tools."""
    _install_tools(session)
    _install_clients(session)
    _install_node_tools(session)
    session.run("python", "-m", "scripts.bench", *session.posargs)
    session.run("python", "-m", "scripts.bench_reliability")
    session.run("python", "-m", "scripts.bench_ratelimit")
    session.run("python", "-m", "scripts.bench_spec_tools")


@nox.session(venv_backend="uv")
def lock(session: nox.Session) -> None:
    """Re-pin requirements/*.txt from requirements/*.in (with hashes)."""
    session.install("--require-hashes", "-r", "requirements/bootstrap.txt")
    for name in ("dev", "bootstrap"):
        session.run(
            "uv", "pip", "compile", f"requirements/{name}.in", "-o", f"requirements/{name}.txt",
            "--python-version", "3.11", "--generate-hashes", "--quiet",
        )  # fmt: skip
