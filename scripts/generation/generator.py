"""openapi-python-client run inside this process, then ruff over its output, as its CLI would do.

``python -m openapi_python_client generate --meta uv --overwrite --custom-template-path ...`` with
the two ruff post-hooks cost an interpreter start-up, the generator's imports (pydantic models,
Jinja), the compilation of every template and two more interpreters to reach the ruff binary, for
every vendor. Here the generator's own API does the same steps (``GeneratorData.from_dict``, then
``Project.build``) on the client view, which goes through JSON exactly as the file the CLI read
did; the compiled templates are kept in ``.nox/generate-cache/`` (Jinja checks each against its
template's source, so an edited template is compiled again); and the ruff binary itself runs the
post-hooks' two commands in the project folder. The output is the CLI's, byte for byte
(``python -m scripts.generation.generate --check`` compares it with the committed packages).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import io
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scripts.vendors import ROOT

RUFF_COMMANDS = (
    ("check", ".", "--fix-only", "--quiet", "--no-cache"),
    ("format", ".", "--quiet", "--no-cache"),
)
"""The post-hooks, in order, run in the generated project's folder."""
TEMPLATE_CACHE = ROOT / ".nox" / "generate-cache" / "templates"


def _template_cache() -> Path:
    """The compiled-template folder for this Jinja, generator and Python (Jinja's own key is name and path only)."""
    versions = "-".join(importlib.metadata.version(name) for name in ("jinja2", "openapi-python-client"))
    folder = TEMPLATE_CACHE / f"{versions}-py{sys.version_info[0]}.{sys.version_info[1]}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def ruff_command() -> list[str]:
    """The ruff binary ``python -m ruff`` would exec (without the interpreter in between)."""
    try:
        from ruff import find_ruff_bin  # type: ignore[import-untyped]
    except ImportError:
        return [sys.executable, "-m", "ruff"]
    return [str(find_ruff_bin())]


def _ruff(project: Path, arguments: Sequence[str]) -> None:
    result = subprocess.run([*ruff_command(), *arguments], cwd=project, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{project.name}: ruff {arguments[0]} failed:\n{result.stdout}\n{result.stderr}")


def run_post_hooks(project: Path) -> None:
    """Run ruff's fixes, then its formatting, over one generated project (the post-hooks)."""
    for arguments in RUFF_COMMANDS:
        _ruff(project, arguments)


def generate(
    document: dict[str, Any],
    project: str,
    package: str,
    templates: Path,
    out: Path,
    known: dict[str, bytes] | None = None,
) -> dict[str, bytes]:
    """Write the project openapi-python-client makes of ``document`` under ``out``, post-hooks run.

    With ``known`` (what an earlier run returned), ruff runs only on the files rendered differently
    (:func:`run_post_hooks_known`); the result is the same. Returns what a later run can pass.
    """
    from jinja2 import FileSystemBytecodeCache
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    source = out.parent / f"{package}.client.json"  # named in the config as the CLI's was; never read here
    config_file = ConfigFile(project_name_override=project, package_name_override=package, post_hooks=[])
    config = Config.from_sources(config_file, MetaType.UV, source, "utf-8", True, output_path=out)
    data = GeneratorData.from_dict(json.loads(json.dumps(document, ensure_ascii=False)), config=config)
    if not isinstance(data, GeneratorData):
        raise RuntimeError(f"{project}: openapi-python-client could not read the spec: {data.header}\n{data.detail}")
    builder = Project(openapi=data, config=config, custom_template_path=templates.resolve())
    builder.env.bytecode_cache = FileSystemBytecodeCache(str(_template_cache()))
    with contextlib.redirect_stdout(io.StringIO()):  # "Generating <folder>"
        errors = builder.build()
    if errors:  # warnings too: each says a piece of the client is missing
        details = "\n".join(f"{error.level}: {error.header}\n{error.detail or ''}" for error in errors)
        raise RuntimeError(f"{project}: openapi-python-client reported:\n{details}")
    if known is None:
        run_post_hooks(out)
        return {}
    return run_post_hooks_known(out, known)


def _keys(project: Path) -> dict[str, str]:
    """Each Python file's key: its rendered bytes, its path, the project's layout and settings, ruff's version.

    ruff's fixes and formatting treat each file on its own; isort tells first-party imports by the
    folders present, so the whole layout is part of every key.
    """
    everything = sorted(path.relative_to(project).as_posix() for path in project.rglob("*") if path.is_file())
    context = hashlib.sha256()
    context.update(importlib.metadata.version("ruff").encode() + b"\0" + "\n".join(everything).encode())
    for settings in ("pyproject.toml", ".gitignore"):
        path = project / settings
        context.update(b"\0" + (path.read_bytes() if path.is_file() else b""))
    shared = context.digest()
    return {
        name: hashlib.sha256(shared + name.encode() + b"\0" + (project / name).read_bytes()).hexdigest()
        for name in everything
        if name.endswith(".py")
    }


def run_post_hooks_known(project: Path, known: dict[str, bytes]) -> dict[str, bytes]:
    """The post-hooks' result, with ruff run only on files whose key is not in ``known`` (key: ruff's output).

    Those are named one by one (``--force-exclude``: as excluded as when ruff walks the folder); the
    others get the bytes ruff gave the same key before. Returns each file's key and ruff's output.
    """
    keys = _keys(project)
    missing = [name for name, key in keys.items() if key not in known]
    for name, key in keys.items():
        if key in known:
            (project / name).write_bytes(known[key])
    if len(missing) == len(keys):
        run_post_hooks(project)  # nothing known: the post-hooks as they were
    elif missing:
        for arguments in RUFF_COMMANDS:
            _ruff(project, [*(argument for argument in arguments if argument != "."), "--force-exclude", *missing])
    return {key: (project / name).read_bytes() for name, key in keys.items()}
