"""Every ```python block of README.md and of each package README runs, as written, against the Prism mocks.

The snippets keep their production URLs; ``route_to_mocks.py`` sends each vendor's hosts to that
vendor's mock (serving the spec's examples). Example *tests* (blocks defining ``test_`` functions)
run in a fresh venv in ``tests/app``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from scripts.mock.prism import PrismMock
from scripts.spec import views as spec_views
from scripts.vendors import ROOT, VENDORS

READMES = [ROOT / "README.md", *sorted((ROOT / "generated").glob("*-client/README.md"))]
ROUTER = Path(__file__).with_name("route_to_mocks.py")


def _snippets() -> list[tuple[str, str]]:
    found = []
    for readme in READMES:
        text = readme.read_text(encoding="utf-8")
        for match in re.finditer(r"```python\n(.*?)```", text, re.S):
            if "\ndef test_" not in match.group(1):
                line = text[: match.start()].count("\n") + 1
                found.append((f"{readme.relative_to(ROOT)}:{line}", match.group(1)))
    return found


SNIPPETS = _snippets()


@pytest.fixture(scope="module")
def routes() -> Iterator[str]:
    """Each vendor's static mock (the spec's examples), and the routes from its servers to it."""
    mocks = [PrismMock(vendor, dynamic=False, success=True) for vendor in VENDORS.values()]
    try:
        with ThreadPoolExecutor(max_workers=len(mocks)) as pool:  # the mocks boot together
            for started in [pool.submit(mock.start) for mock in mocks]:
                started.result()
        pairs = []
        for mock in mocks:
            manifest = spec_views.wire_manifest(spec_views.load(mock.vendor.spec_path))
            servers = {*manifest["servers"], *(op["server"] for op in manifest["operations"] if op["server"])}
            pairs += [(server, mock.url) for server in servers]
        yield json.dumps(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))
    finally:
        for mock in mocks:
            mock.stop()


def test_every_readme_has_snippets() -> None:
    assert {path for path, _ in SNIPPETS} and all(
        any(label.startswith(str(readme.relative_to(ROOT))) for label, _ in SNIPPETS) for readme in READMES
    )


@pytest.mark.contract
@pytest.mark.parametrize(("where", "code"), SNIPPETS, ids=[where for where, _ in SNIPPETS])
def test_snippet_runs_against_the_mocks(where: str, code: str, routes: str, tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROUTER), str(snippet)],
        cwd=tmp_path,
        env={**os.environ, "MOCK_ROUTES": routes},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"{where} failed:\n{result.stderr[-3000:]}"
