"""The generator's output, kept by what it is made from (``.nox/generate-cache/<vendor>.<key>.generator``).

openapi-python-client and its ruff post-hooks are most of a vendor's regeneration, and their
output depends only on the document they are given (the client view of the spec), the project and
package names, this project's templates, this wrapper (``generator.py``) and the tools' versions
(the pinned requirements, the interpreter). A spec edit that leaves the client view as it was (a
comment, wire-only details) or an overrides edit needs none of it again: the files are copied back
from the entry whose key matches, and every later step (overrides, manifest, test kit, release,
comparison) runs as always. An entry that does not match, or cannot be read, is a miss.

The wire manifest is kept the same way (``<vendor>.<key>.manifest``), by the spec document: it names
modules and fields as the generator does, and importing the generator for that is a third of a
regeneration whose generator output is kept.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import pickle
import sys
import tempfile
import typing
from pathlib import Path
from typing import Any

from scripts.spec import views as spec_views
from scripts.vendors import ROOT

CACHE_DIR = ROOT / ".nox" / "generate-cache"
_TOOLS = ("openapi-python-client", "ruff", "jinja2", "pydantic")
_SKIPPED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache"}
KEEP = 3
"""Entries kept per vendor and kind: an edit tried and undone finds its output still there."""


def tree_digest(*roots: Path, pattern: str = "*") -> str:
    """A digest of the names and bytes of every file under ``roots`` (caches and bytecode left out)."""
    digest = hashlib.sha256()
    for root in roots:
        files = [root] if root.is_file() else sorted(p for p in root.rglob(pattern) if p.is_file())
        for path in files:
            if _SKIPPED_PARTS.intersection(path.parts):
                continue
            name = f"{root.name}/{path.relative_to(root)}" if root.is_dir() else root.name
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def key(document: dict[str, Any], project: str, package: str, templates: Path) -> str:
    """What the generator's output is made from, as one digest."""
    generator = Path(__file__).with_name("generator.py")
    parts = [
        json.dumps(document, ensure_ascii=False),  # in document order: the generator reads it in order
        project,
        package,
        tree_digest(templates, generator, ROOT / "requirements" / "dev.txt"),
        *(importlib.metadata.version(name) for name in _TOOLS),
        sys.version,
    ]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _entry(vendor: str, digest: str, kind: str = "generator") -> Path:
    return CACHE_DIR / f"{vendor}.{digest[:24]}.{kind}"


def _keep_newest(vendor: str, kind: str) -> None:
    """Drop all but the vendor's ``KEEP`` most recently used entries of one kind."""
    entries = sorted(CACHE_DIR.glob(f"{vendor}.*.{kind}"), key=lambda path: path.stat().st_mtime_ns, reverse=True)
    for stale in entries[KEEP:]:
        stale.unlink(missing_ok=True)


def restore(vendor: str, digest: str, out: Path) -> bool:
    """Write the kept output for ``digest`` under ``out``; False (nothing written) when there is none."""
    path = _entry(vendor, digest)
    try:
        with path.open("rb") as handle:
            entry = pickle.load(handle)  # noqa: S301  (written by store() below, outside the repo)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        return False
    if not isinstance(entry, dict) or entry.get("key") != digest or not isinstance(entry.get("files"), dict):
        return False
    for name, data in entry["files"].items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    os.utime(path)  # recently used: kept longest
    return True


def store(vendor: str, digest: str, out: Path) -> None:
    """Keep the generator's output under ``out`` as the entry for ``digest`` (and the vendor's ``KEEP`` newest)."""
    files = {
        path.relative_to(out).as_posix(): path.read_bytes()
        for path in sorted(out.rglob("*"))
        if path.is_file() and not _SKIPPED_PARTS.intersection(path.parts)
    }
    _write_atomically(_entry(vendor, digest), pickle.dumps({"key": digest, "files": files}, protocol=5))
    _keep_newest(vendor, "generator")


def formatted(vendor: str) -> dict[str, bytes]:
    """The output ruff gave each file key in the vendor's last generator run (``run_post_hooks_known``)."""
    try:
        kept = pickle.loads((CACHE_DIR / f"{vendor}.ruff").read_bytes())  # noqa: S301  (keep_formatted's)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        return {}
    return kept if isinstance(kept, dict) else {}


def keep_formatted(vendor: str, outputs: dict[str, bytes]) -> None:
    """Keep ruff's output by file key for the vendor's next generator run."""
    _write_atomically(CACHE_DIR / f"{vendor}.ruff", pickle.dumps(outputs, protocol=5))


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
    os.replace(temporary, path)  # whole or not at all, also with two runs at once


def wire_manifest(vendor: str, spec: spec_views.Spec) -> dict[str, Any]:
    """``spec_views.wire_manifest(spec)``, from the vendor's entry when it was made from this document."""
    parts = [
        json.dumps(spec, ensure_ascii=False),
        tree_digest(Path(spec_views.__file__)),
        importlib.metadata.version("openapi-python-client"),
        sys.version,
    ]
    digest = hashlib.sha256("\0".join(parts).encode()).hexdigest()
    entry = _entry(vendor, digest, "manifest")
    try:
        kept = json.loads(entry.read_text(encoding="utf-8"))
        if isinstance(kept, dict) and kept.get("key") == digest and isinstance(kept.get("manifest"), dict):
            os.utime(entry)
            return typing.cast(dict[str, Any], kept["manifest"])
    except (OSError, ValueError):
        pass
    manifest = spec_views.wire_manifest(spec)
    text = json.dumps({"key": digest, "manifest": manifest}, ensure_ascii=False)
    _write_atomically(entry, text.encode())
    _keep_newest(vendor, "manifest")
    return typing.cast(dict[str, Any], json.loads(text)["manifest"])  # as a kept one reads: the same JSON
