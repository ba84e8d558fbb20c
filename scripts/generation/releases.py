"""The version and CHANGELOG.md of each generated package.

A generated project keeps, beside its package, the spec it was generated from
(``openapi.json``). On regeneration the new spec is compared with that snapshot
(:func:`scripts.generation.changelog.diff`): breaking changes bump the major version, additions the
minor, other spec changes the patch; when the spec is unchanged but the package's other
files are not (overrides, templates, generator), that is a patch too. Nothing changed
means no bump and no new CHANGELOG section, so regenerating twice gives no diff. The
comparison is with the project as the last commit has it (``committed``), so however often
the working tree is regenerated, one commit carries one release; a project without a
committed snapshot starts at 1.0.0.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from scripts.generation import changelog
from scripts.spec import views as spec_views
from scripts.vendors import ROOT

SNAPSHOT = "openapi.json"
CHANGELOG = "CHANGELOG.md"
PYPROJECT = "pyproject.toml"
MANAGED = {SNAPSHOT, CHANGELOG, PYPROJECT}  # rewritten here: their changes alone are no release
INITIAL_VERSION = "1.0.0"
_VERSION_LINE = re.compile(r'^version = "([^"]*)"$', re.MULTILINE)
Modules = tuple[list[str], list[str], list[str]]  # added, removed, changed


@dataclass
class Release:
    """What one regeneration does to a package: its version, and why."""

    previous: str | None
    version: str
    level: str | None  # breaking | minor | patch | initial | None (no change)
    changes: list[changelog.Change] = field(default_factory=list)
    code: dict[str, Modules] = field(default_factory=dict)

    def counts(self, kind: str) -> Modules:
        """Operation (``api``) or model modules added, removed and changed in the generated code."""
        return self.code.get(kind, ([], [], []))

    def summary(self) -> str:
        """Lines for the regeneration report."""
        if self.level == "initial":
            return f"  version {self.version} (first versioned release)"
        if self.level is None:
            return f"  version {self.version} (no change)"
        lines = [f"  version {self.previous} -> {self.version} ({self.level}; {len(self.changes)} changelog entries)"]
        for kind in ("operation", "model"):
            added, removed, changed = self.counts(kind)
            lines.append(
                f"  {kind}s in the generated code: {len(added)} added, {len(removed)} removed, {len(changed)} changed"
            )
            for label, names in (("+", added), ("-", removed), ("~", changed)):
                if names:
                    lines.append(f"    {label} {', '.join(names)}")
        lines.extend(f"  {change.text}" for change in self.changes if change.kind == "package")
        return "\n".join(lines)


def code_changes(added: list[str], removed: list[str], changed: list[str]) -> dict[str, Modules]:
    """Operation modules (``<pkg>/api/<tag>/<op>.py``) and model modules added, removed and changed."""

    def modules(names: list[str], folder: str) -> list[str]:
        paths = [Path(name) for name in names]
        return sorted(
            path.stem
            for path in paths
            if len(path.parts) >= 3 and path.parts[1] == folder and path.suffix == ".py" and path.stem != "__init__"
        )

    return {
        kind: (modules(added, folder), modules(removed, folder), modules(changed, folder))
        for kind, folder in (("operation", "api"), ("model", "models"))
    }


@dataclass(frozen=True)
class Committed:
    """A generated project as ``HEAD`` has it: the git blob id of each file, and the files a release reads."""

    blobs: dict[str, str]
    """Each file's path in the project and the id of its blob."""
    managed: Path
    """A folder holding the committed copies of the files :func:`plan` and :func:`apply` read (``MANAGED``)."""


def blob_id(data: bytes, like: str = "") -> str:
    """The id git gives a blob of these bytes, in the hash of the id ``like`` (SHA-1 unless it is SHA-256's length).

    So a file is compared with HEAD's copy without reading that copy.
    """
    algorithm = "sha256" if len(like) == 64 else "sha1"
    return hashlib.new(algorithm, b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def committed(project: Path, into: Path) -> Committed | None:
    """``project`` as ``HEAD`` has it, its managed files written under ``into``; None if HEAD has none (or no git)."""
    relative = project.resolve().relative_to(ROOT).as_posix()
    try:
        listing = subprocess.run(
            ["git", "ls-tree", "-r", "-z", "HEAD", "--", f"{relative}/"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout.decode()
    except (OSError, subprocess.CalledProcessError):
        return None
    blobs = {}
    for line in filter(None, listing.split("\0")):
        meta, _, path = line.partition("\t")
        _mode, kind, blob = meta.split()
        if kind == "blob":
            blobs[path.removeprefix(f"{relative}/")] = blob
    if not blobs:
        return None
    managed = {name: blobs[name] for name in sorted(MANAGED) if name in blobs}
    into.mkdir(parents=True, exist_ok=True)
    if managed:
        _write_blobs(managed, into)
    return Committed(blobs, into)


def _write_blobs(blobs: dict[str, str], into: Path) -> None:
    """Write each named blob's bytes to ``into / name`` (one ``git cat-file --batch``)."""
    request = "".join(f"{blob}\n" for blob in blobs.values()).encode()
    output = subprocess.run(
        ["git", "cat-file", "--batch"], cwd=ROOT, input=request, capture_output=True, check=True
    ).stdout
    at = 0
    for name, blob in blobs.items():
        end = output.index(b"\n", at)
        header = output[at:end].split()
        if header[0].decode() != blob or header[1] != b"blob":
            raise RuntimeError(f"git cat-file: expected blob {blob} for {name}, got {output[at:end]!r}")
        size = int(header[2])
        (into / name).write_bytes(output[end + 1 : end + 1 + size])
        at = end + 1 + size + 1  # the content, then a newline


def read_version(project: Path) -> str | None:
    """The version in a generated project's pyproject.toml."""
    path = project / PYPROJECT
    if not path.exists():
        return None
    match = _VERSION_LINE.search(path.read_text(encoding="utf-8"))
    return match.group(1) if match else None


def _without_version(path: Path) -> str:
    return _VERSION_LINE.sub("", path.read_text(encoding="utf-8")) if path.exists() else ""


def _louder(first: list[changelog.Change], second: list[changelog.Change]) -> bool:
    rank = {level: index for index, level in enumerate(changelog.LEVELS)}
    return rank.get(changelog.level_of(first) or "", 9) < rank.get(changelog.level_of(second) or "", 9)


def plan(
    spec: spec_views.Spec, fresh: Path, current: Path, added: list[str], removed: list[str], changed: list[str]
) -> Release:
    """The release a regeneration makes, given the spec and the files it adds, removes and changes in ``current``.

    The spec comparison classes the change. The generated code can say more than the spec:
    openapi-python-client falls back to ``Any`` (dropping the model and the ``sync``
    functions) on a schema it cannot read, so a module appearing counts as an addition and
    one disappearing as a breaking change when the spec comparison found nothing louder.
    """
    snapshot = current / SNAPSHOT
    previous = read_version(current)
    code = code_changes(added, removed, changed)
    if not snapshot.exists() or previous is None:
        return Release(None, INITIAL_VERSION, "initial", code=code)
    changes = changelog.diff(json.loads(snapshot.read_text(encoding="utf-8")), spec)
    from_code = [
        changelog.Change(level, kind, name, f"module {what} in the generated code")
        for kind, (new_modules, old_modules, _changed) in code.items()
        for level, what, names in (("minor", "added", new_modules), ("breaking", "removed", old_modules))
        for name in names
    ]
    if _louder(from_code, changes):
        changes += from_code
    others = [name for name in added + removed + changed if name not in MANAGED]
    if PYPROJECT in changed and _without_version(fresh / PYPROJECT) != _without_version(current / PYPROJECT):
        others.append(PYPROJECT)
    if not changes and others:
        shown = ", ".join(others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
        text = f"regenerated with the same spec: {shown} changed"
        changes = [changelog.Change("patch", "package", "(package)", text)]
    level = changelog.level_of(changes)
    return Release(previous, changelog.bump(previous, level), level, changes, code)


def apply(release: Release, spec: spec_views.Spec, fresh: Path, current: Path, title: str, spec_name: str) -> None:
    """Write the version, the CHANGELOG and the spec snapshot into the freshly built project."""
    spec_views.dump_json(spec, fresh / SNAPSHOT)
    pyproject = fresh / PYPROJECT
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(_VERSION_LINE.sub(f'version = "{release.version}"', text, count=1), encoding="utf-8")
    old_log = current / CHANGELOG
    old_text = old_log.read_text(encoding="utf-8") if old_log.exists() else ""
    if release.level is None and old_text:
        (fresh / CHANGELOG).write_text(old_text, encoding="utf-8")
        return
    heading = f"{release.version} ({datetime.date.today().isoformat()})"
    if release.level == "initial":
        operations = len(spec_views.operations(spec))
        models = len((spec.get("components") or {}).get("schemas") or {})
        api_version = (spec.get("info") or {}).get("version", "?")
        section = (
            f"## {heading}\n\nFirst versioned release: {operations} operations and {models} schemas from "
            f"`{spec_name}` ({title}, API version {api_version}).\n"
        )
    else:
        section = changelog.render(release.changes, heading)
    start = old_text.find("\n## ")
    previous_sections = old_text[start:] if start >= 0 else ""
    header = (
        f"# Changelog of {fresh.name}\n\n"
        "Versions say what a change does to code that imports the package (`scripts/generation/changelog.py`):\n"
        "breaking → major, additions → minor, other changes → patch.\n\n"
    )
    (fresh / CHANGELOG).write_text(header + section + previous_sections, encoding="utf-8")
