#!/usr/bin/env python3
"""Set up the tools and run nox: ``python3 scripts/bootstrap.py -s demo`` (arguments go to nox).

Needs only Python 3.11+, Node 20+ and npm. Creates ``.venv`` with the hashed pins of
requirements/bootstrap.txt (nox and uv) when they changed, then hands over to nox, whose
sessions install everything else (Python pins, the Prism npm package, the clients).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
PINS = ROOT / "requirements" / "bootstrap.txt"
STAMP = VENV / ".bootstrap-pins"


def _fail(message: str) -> None:
    sys.exit(f"bootstrap: {message}")


def _check_prerequisites() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036  (this check is the point of the script)
        _fail(f"Python 3.11+ is needed, this is {sys.version.split()[0]}")
    for tool in ("node", "npm", "npx"):
        if shutil.which(tool) is None:
            _fail(f"{tool} is not on PATH (Node 20+ with npm is needed)")
    version = subprocess.run(["node", "--version"], capture_output=True, text=True, check=True).stdout.strip()
    if int(version.lstrip("v").split(".")[0]) < 20:
        _fail(f"Node 20+ is needed, this is {version}")


def _bin(name: str) -> Path:
    return VENV / ("Scripts" if os.name == "nt" else "bin") / name


def _ensure_venv() -> None:
    digest = hashlib.sha256(PINS.read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest and _bin("nox").exists():
        return
    if not _bin("python").exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    subprocess.run(
        [str(_bin("python")), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "--require-hashes", "-r", str(PINS)],
        check=True,
    )  # fmt: skip
    STAMP.write_text(digest)


def main() -> int:
    """Prepare .venv and run nox with this script's arguments."""
    _check_prerequisites()
    _ensure_venv()
    env = {**os.environ, "PATH": f"{_bin('nox').parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(
        [str(_bin("nox")), "--noxfile", str(ROOT / "noxfile.py"), *sys.argv[1:]], env=env, check=False
    ).returncode


if __name__ == "__main__":
    raise SystemExit(main())
