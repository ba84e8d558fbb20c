"""Regenerate every client package from its spec: ``python -m scripts.generation.generate [vendor ...] [--check]``.

For each vendor, in parallel: write the client view of the spec, run the pinned
openapi-python-client with this project's templates, copy the hand-written overrides
into the package, write the wire manifest, then compare the result with
``generated/<vendor>-client`` file by file. Without ``--check`` the differences are
applied and listed; with ``--check`` they are listed and the exit status is 1, so CI
fails when the committed packages are not what the specs produce.

Each project also gets its version, CHANGELOG.md and the spec snapshot it was built from
(``scripts/generation/releases.py``); the report ends, per vendor, with the operations and models
added, removed and changed and the version bump taken.

Locally, a vendor whose inputs are unchanged since its last regeneration is skipped: the
digest of its inputs (spec, overrides, templates, the generation scripts, the generator and
ruff versions, the package as HEAD has it) and of the package it produced are kept in
``.nox/generate-cache/`` (never committed). ``--check`` (CI's drift gate) and ``--no-cache``
never read that cache: they regenerate every vendor from scratch.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import importlib.metadata
import json
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from openapi_python_client.strings import PythonIdentifier

import scripts
from scripts.generation import releases
from scripts.spec import views as spec_views
from scripts.vendors import OVERRIDES_DIR, ROOT, Vendor, select

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
COMMON_DIR = OVERRIDES_DIR / "_common"
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache", ".ruff_cache")
CACHE_DIR = ROOT / ".nox" / "generate-cache"


@dataclass
class Changes:
    """The files a regeneration adds, removes and changes in one package."""

    vendor: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    seconds: float = 0.0
    release: releases.Release | None = None
    skipped: bool = False
    """Not regenerated: its inputs and package are those of the last regeneration (the cache)."""

    @property
    def any(self) -> bool:
        """Whether the package on disk differs from the regenerated one."""
        return bool(self.added or self.removed or self.changed)

    def summary(self) -> str:
        """One line per vendor, then the changed files."""
        if self.skipped:
            return f"{self.vendor}: inputs unchanged since the last regeneration, skipped (--no-cache redoes it)"
        head = (
            f"{self.vendor}: {len(self.added)} added, {len(self.removed)} removed, "
            f"{len(self.changed)} changed ({self.seconds:.1f}s)"
        )
        lines = [head]
        for label, names in (("+", self.added), ("-", self.removed), ("~", self.changed)):
            lines.extend(f"  {label} {name}" for name in names)
        if self.release is not None:
            lines.append(self.release.summary())
        return "\n".join(lines)


def _config(vendor: Vendor) -> str:
    return "\n".join(
        [
            f"project_name_override: {vendor.project}",
            f"package_name_override: {vendor.package}",
            "post_hooks:",  # this interpreter's ruff: a bare `ruff` off PATH would skip formatting silently
            f"  - {shlex.quote(sys.executable)} -m ruff check . --fix-only --quiet --no-cache",
            f"  - {shlex.quote(sys.executable)} -m ruff format . --quiet --no-cache",
            "",
        ]
    )


def build(vendor: Vendor, workdir: Path) -> Path:
    """Generate the complete package for ``vendor`` under ``workdir``; return its project dir."""
    spec = spec_views.load(vendor.spec_path)
    client_spec = workdir / f"{vendor.name}.client.json"  # JSON: the generator parses it far faster than YAML
    spec_views.dump_json(spec_views.client_view(spec), client_spec)
    config = workdir / "config.yaml"
    config.write_text(_config(vendor), encoding="utf-8")
    out = workdir / vendor.project
    command = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(client_spec),
        "--meta", "uv",
        "--config", str(config),
        "--custom-template-path", str(TEMPLATES_DIR),
        "--output-path", str(out),
        "--overwrite",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0 or "Warning" in result.stdout or "Error" in result.stdout:
        raise RuntimeError(f"{vendor.name}: openapi-python-client failed:\n{result.stdout}\n{result.stderr}")
    package = out / vendor.package
    _check_every_operation_generated(spec, package)
    shutil.copytree(COMMON_DIR, package / "_common", ignore=IGNORED)
    shutil.copytree(vendor.overrides_dir, package / "_overrides", ignore=IGNORED)  # the vendor's, or _default
    manifest = spec_views.wire_manifest(spec)
    manifest["env_prefix"] = vendor.env_prefix  # the record's, for the settings read from the environment
    spec_views.dump_json(manifest, package / "_wire.json")
    _add_test_kit(vendor, spec, package)
    return out


def _add_test_kit(vendor: Vendor, spec: spec_views.Spec, package: Path) -> None:
    """``<package>.testing`` and the specs it serves: the wire spec and Prism's view of it."""
    shim = (TEMPLATES_DIR / "testing.py.tmpl").read_text(encoding="utf-8")
    (package / "testing.py").write_text(shim.replace("{package}", vendor.package).replace("{vendor}", vendor.name))
    spec_views.dump_json(spec, package / "_openapi.json")
    spec_views.dump_json(
        spec_views.pin_success(spec_views.mock_view(spec), vendor.in_band_success), package / "_mock.json"
    )
    readme = package.parent / "README.md"
    own = TEMPLATES_DIR / "examples" / f"{vendor.name}.md"
    examples = (own if own.is_file() else TEMPLATES_DIR / "examples" / "_default.md").read_text(encoding="utf-8")
    usage, test = examples.split("<!-- SPLIT -->\n")
    text = readme.read_text(encoding="utf-8").replace("<!-- PACKAGE-EXAMPLE -->\n", usage)
    text = text.replace("<!-- TESTING-EXAMPLE -->\n", test)
    text = text.replace("<!-- PAGED-OPERATIONS -->\n", _paged(spec, package))
    readme.write_text(text, encoding="utf-8")


def _paged(spec: spec_views.Spec, package: Path) -> str:
    """The README table of the operations ``iter_pages`` drives, and how each pages."""
    rows = ["| operation | module | pages by |", "|---|---|---|"]
    for record in spec_views.wire_manifest(spec)["pagination"]:
        (module,) = (package / "api").rglob(f"{record['module']}.py")
        markers = [f"`{key}` at `{record[key]}`" for key in ("last_page", "total_pages", "has_more") if key in record]
        end = (markers or ["a short or empty page"])[0]
        how = f"{record['style']} `{record['param']}` in the {record['in']}, {end}"
        dotted = ".".join(module.relative_to(package.parent).with_suffix("").parts)
        rows.append(f"| `{record['operation_id']}` | `{dotted}` | {how} |")
    return "\n".join(rows) + "\n" if len(rows) > 2 else "No operation of this API pages.\n"


def _check_every_operation_generated(spec: spec_views.Spec, package: Path) -> None:
    """openapi-python-client skips an operation it cannot express, sometimes silently: refuse that."""
    modules = {path.stem for path in (package / "api").rglob("*.py")}
    missing = [
        str(op.get("operationId"))
        for _method, _path, op in spec_views.operations(spec)
        if PythonIdentifier(str(op.get("operationId")), prefix="") not in modules
    ]
    if missing:
        raise RuntimeError(f"{package.name}: no module generated for {', '.join(missing)}")


def _files(root: Path) -> set[str]:
    if not root.exists():
        return set()
    return {
        str(path.relative_to(root)) for path in root.rglob("*") if path.is_file() and "__pycache__" not in path.parts
    }


def compare(fresh: Path, current: Path, vendor: str) -> Changes:
    """List what differs between a fresh build and the package on disk."""
    new, old = _files(fresh), _files(current)
    changes = Changes(vendor=vendor, added=sorted(new - old), removed=sorted(old - new))
    changes.changed = sorted(name for name in new & old if not filecmp.cmp(fresh / name, current / name, shallow=False))
    return changes


def apply(fresh: Path, current: Path, changes: Changes) -> None:
    """Make ``current`` identical to ``fresh``, touching only the files that differ."""
    for name in changes.removed:
        (current / name).unlink()
    for name in changes.added + changes.changed:
        (current / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(fresh / name, current / name)
    for directory in sorted((p for p in current.rglob("*") if p.is_dir()), reverse=True):
        if not any(directory.iterdir()):
            directory.rmdir()


def _tree_digest(*roots: Path, pattern: str = "*") -> str:
    """A digest of the names and bytes of every file under ``roots`` (caches and bytecode left out)."""
    digest = hashlib.sha256()
    for root in roots:
        files = [root] if root.is_file() else sorted(p for p in root.rglob(pattern) if p.is_file())
        for path in files:
            if "__pycache__" in path.parts or ".mypy_cache" in path.parts or ".ruff_cache" in path.parts:
                continue
            name = f"{root.name}/{path.relative_to(root)}" if root.is_dir() else root.name
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def inputs_digest(vendor: Vendor) -> str:
    """What one vendor's package is made from: if this is unchanged, so is the package."""
    head = subprocess.run(
        ["git", "rev-parse", f"HEAD:{vendor.output_dir.relative_to(ROOT).as_posix()}"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    ).stdout.strip()  # fmt: skip
    versions = [importlib.metadata.version(name) for name in ("openapi-python-client", "ruff")]
    parts = [
        *versions,
        sys.version,
        head,  # the release (version, CHANGELOG) is planned against the package HEAD has
        _tree_digest(vendor.spec_path, COMMON_DIR, vendor.overrides_dir, TEMPLATES_DIR),
        _tree_digest(Path(scripts.__file__).parent, pattern="*.py"),  # this generator and what it imports
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _cache_file(vendor: Vendor) -> Path:
    return CACHE_DIR / f"{vendor.name}.json"


def unchanged(vendor: Vendor, inputs: str) -> bool:
    """Whether the package on disk is what these inputs produced at the last regeneration."""
    try:
        entry = json.loads(_cache_file(vendor).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(entry.get("inputs") == inputs and entry.get("output") == _tree_digest(vendor.output_dir))


def remember(vendor: Vendor, inputs: str) -> None:
    """Record that the package on disk is what these inputs produce."""
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    entry = {"inputs": inputs, "output": _tree_digest(vendor.output_dir)}
    _cache_file(vendor).write_text(json.dumps(entry), encoding="utf-8")


def regenerate_cached(vendor: Vendor) -> Changes:
    """Regenerate ``vendor`` unless its inputs and its package are those of the last regeneration."""
    started = time.perf_counter()
    inputs = inputs_digest(vendor)
    if vendor.output_dir.is_dir() and unchanged(vendor, inputs):
        return Changes(vendor=vendor.name, seconds=time.perf_counter() - started, skipped=True)
    changes = regenerate(vendor, check=False)
    remember(vendor, inputs)
    return changes


def regenerate(vendor: Vendor, check: bool) -> Changes:
    """Build one vendor's package and compare it with (or apply it to) ``generated/``."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f"gen-{vendor.name}-") as tmp:
        fresh = build(vendor, Path(tmp))
        spec = spec_views.load(vendor.spec_path)
        # The release is planned against the last commit, so regenerating while working does not
        # pile up versions: whatever the working tree holds, one commit makes one release.
        released = releases.committed(vendor.output_dir, Path(tmp) / "committed") or vendor.output_dir
        built = compare(fresh, released, vendor.name)
        release = releases.plan(spec, fresh, released, built.added, built.removed, built.changed)
        releases.apply(release, spec, fresh, released, vendor.title, f"specs/{vendor.spec_path.name}")
        changes = compare(fresh, vendor.output_dir, vendor.name)
        changes.release = release
        if changes.any and not check:
            vendor.output_dir.mkdir(parents=True, exist_ok=True)
            apply(fresh, vendor.output_dir, changes)
    changes.seconds = time.perf_counter() - started
    return changes


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vendors", nargs="*", help="vendor names (default: all)")
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs; change nothing")
    parser.add_argument("--no-cache", action="store_true", help="regenerate even vendors whose inputs are unchanged")
    args = parser.parse_args(argv)
    vendors = select(args.vendors)
    started = time.perf_counter()

    def one(vendor: Vendor) -> Changes:
        if args.check or args.no_cache:
            return regenerate(vendor, args.check)
        return regenerate_cached(vendor)

    with ThreadPoolExecutor(max_workers=len(vendors)) as pool:
        results = list(pool.map(one, vendors))
    for changes in results:
        print(changes.summary())
    drift = [changes.vendor for changes in results if changes.any]
    done = sum(not changes.skipped for changes in results)
    print(f"regenerated {done} of {len(vendors)} client(s) in {time.perf_counter() - started:.1f}s", end="")
    if args.check and drift:
        print(f"; generated/ is stale for: {', '.join(drift)} (run: nox -s generate)")
        return 1
    print("; no changes" if not drift else "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
