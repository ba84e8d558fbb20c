"""``tests/typed_app/app.py`` passes ``mypy --strict`` with no ``isinstance``/``assert``/``cast`` line.

The operations return their success model and ``x is UNSET`` narrows, so an app over all four
clients needs no line only to please the type checker. On the templates before this change the
same app gave 39 errors, and needed 17 such lines to pass.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "typed_app" / "app.py"
NARROWING = re.compile(r"\bisinstance\(|^\s*assert\b|\bcast\(")


def test_the_app_has_no_line_only_for_the_type_checker() -> None:
    code = [line for line in APP.read_text(encoding="utf-8").splitlines() if not line.lstrip().startswith(("#", "``"))]
    found = [line for line in code if NARROWING.search(line)]
    assert not found, found
    assert len(code) > 100


def test_the_app_passes_mypy_strict(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), str(APP)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
