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
digest of its inputs (spec, vendor record, overrides, templates, the generation scripts, the
generator and ruff versions, the package as HEAD has it) and of the package it produced are kept in
``.nox/generate-cache/`` (never committed). A vendor that is regenerated there takes the
generator's output from the same folder when the generator's own inputs are unchanged
(``scripts/generation/generator_cache.py``: a comment in the spec, an overrides edit), and when
the generator does run, ruff reruns only on the files it renders differently from the last time.
``--check`` (CI's drift gate) and ``--no-cache`` never read either cache: they regenerate every
vendor from scratch.

The generator runs inside this process (``scripts/generation/generator.py``); several vendors are
built at once in forked copies of it, which start with the generator already imported. Bytecode is
kept in ``.nox/pycache`` as in the nox sessions, also when this is run directly.
"""

from __future__ import annotations

import argparse
import filecmp
import functools
import hashlib
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import scripts
from scripts.generation import forked, generator, generator_cache, releases
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


def build(vendor: Vendor, workdir: Path, spec: spec_views.Spec | None = None, reuse: bool = False) -> Path:
    """Generate the complete package for ``vendor`` (from ``spec``, else its spec file) under ``workdir``.

    With ``reuse``, the generator's output (checked when it was made) and the wire manifest are taken
    from ``generator_cache`` when their inputs match its entries, and kept there when they do not;
    when the generator runs, ruff reruns only on the files it renders differently from last time.
    """
    spec = spec_views.load(vendor.spec_path) if spec is None else spec
    out = workdir / vendor.project
    package = out / vendor.package
    document = spec_views.client_view(spec)
    digest = generator_cache.key(document, vendor.project, vendor.package, TEMPLATES_DIR) if reuse else ""
    if not (reuse and generator_cache.restore(vendor.name, digest, out)):
        known = generator_cache.formatted(vendor.name) if reuse else None
        formatted = generator.generate(document, vendor.project, vendor.package, TEMPLATES_DIR, out, known)
        _check_every_operation_generated(spec, package)
        if reuse:
            generator_cache.store(vendor.name, digest, out)
            generator_cache.keep_formatted(vendor.name, formatted)
    shutil.copytree(COMMON_DIR, package / "_common", ignore=IGNORED)
    shutil.copytree(vendor.overrides_dir, package / "_overrides", ignore=IGNORED)  # the vendor's, or _default
    manifest = generator_cache.wire_manifest(vendor.name, spec) if reuse else spec_views.wire_manifest(spec)
    _add_test_kit(vendor, spec, package, manifest["pagination"])
    manifest["env_prefix"] = vendor.env_prefix  # the record's, for the settings read from the environment
    spec_views.dump_json(manifest, package / "_wire.json")
    return out


def _add_test_kit(vendor: Vendor, spec: spec_views.Spec, package: Path, paged: list[dict[str, typing.Any]]) -> None:
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
    text = text.replace("<!-- PAGED-OPERATIONS -->\n", _paged(paged, package))
    readme.write_text(text, encoding="utf-8")


def _paged(paged: list[dict[str, typing.Any]], package: Path) -> str:
    """The README table of the operations ``iter_pages`` drives (the manifest's records), and how each pages."""
    rows = ["| operation | module | pages by |", "|---|---|---|"]
    for record in paged:
        (module,) = (package / "api").rglob(f"{record['module']}.py")
        markers = [f"`{key}` at `{record[key]}`" for key in ("last_page", "total_pages", "has_more") if key in record]
        end = (markers or ["a short or empty page"])[0]
        how = f"{record['style']} `{record['param']}` in the {record['in']}, {end}"
        dotted = ".".join(module.relative_to(package.parent).with_suffix("").parts)
        rows.append(f"| `{record['operation_id']}` | `{dotted}` | {how} |")
    return "\n".join(rows) + "\n" if len(rows) > 2 else "No operation of this API pages.\n"


def _check_every_operation_generated(spec: spec_views.Spec, package: Path) -> None:
    """openapi-python-client skips an operation it cannot express, sometimes silently: refuse that."""
    from openapi_python_client.strings import PythonIdentifier  # the generator's naming (a heavy import)

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


def compare_committed(fresh: Path, committed: releases.Committed, vendor: str) -> Changes:
    """List what differs between a fresh build and the package as HEAD has it (by git blob id)."""
    new, old = _files(fresh), set(committed.blobs)
    changes = Changes(vendor=vendor, added=sorted(new - old), removed=sorted(old - new))
    blobs = committed.blobs
    changes.changed = sorted(
        name for name in new & old if releases.blob_id((fresh / name).read_bytes(), blobs[name]) != blobs[name]
    )
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


def scratch() -> str | None:
    """Where builds are written: memory (``/dev/shm``) when there is one and ``TMPDIR`` names no other place.

    A build writes, reads and deletes some 400 files per package; on a disk that costs more than
    most of the rest of a cached regeneration.
    """
    shm = Path("/dev/shm")  # noqa: S108  (a private TemporaryDirectory inside it)
    if "TMPDIR" not in os.environ and shm.is_dir() and os.access(shm, os.W_OK | os.X_OK):
        return str(shm)
    return None


def shared_inputs() -> str:
    """What every vendor's package is made from: tool versions, templates, the shared layer, these scripts."""
    versions = [importlib.metadata.version(name) for name in ("openapi-python-client", "ruff", "jinja2")]
    parts = [
        *versions,
        sys.version,
        generator_cache.tree_digest(COMMON_DIR, TEMPLATES_DIR),
        # this generator and what it imports
        generator_cache.tree_digest(Path(scripts.__file__).parent, pattern="*.py"),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def committed_trees(vendors: Iterable[Vendor]) -> dict[str, str]:
    """The git tree id of each vendor's package at HEAD, by vendor name (one git call; none without git)."""
    folders = {vendor.output_dir.relative_to(ROOT).as_posix(): vendor.name for vendor in vendors}
    try:
        listing = subprocess.run(
            ["git", "ls-tree", "-z", "HEAD", "--", *folders], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout
    except OSError:
        return {}
    trees = {}
    for line in filter(None, listing.split("\0")):
        meta, _, path = line.partition("\t")
        if path in folders and meta.split()[1] == "tree":
            trees[folders[path]] = meta.split()[2]
    return trees


def inputs_digest(vendor: Vendor, shared: str | None = None, head: str | None = None) -> str:
    """What one vendor's package is made from: if this is unchanged, so is the package.

    ``shared`` (:func:`shared_inputs`) and ``head`` (its :func:`committed_trees` entry) are computed
    here unless given, so one run computes them once for every vendor.
    """
    if head is None:
        head = committed_trees([vendor]).get(vendor.name, "")
    parts = [
        shared_inputs() if shared is None else shared,
        repr(vendor),  # the record: names, prefix, in-band success fields
        head,  # the release (version, CHANGELOG) is planned against the package HEAD has
        generator_cache.tree_digest(vendor.spec_path, vendor.overrides_dir),
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
    return bool(entry.get("inputs") == inputs and entry.get("output") == generator_cache.tree_digest(vendor.output_dir))


def remember(vendor: Vendor, inputs: str) -> None:
    """Record that the package on disk is what these inputs produce."""
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    entry = {"inputs": inputs, "output": generator_cache.tree_digest(vendor.output_dir)}
    _cache_file(vendor).write_text(json.dumps(entry), encoding="utf-8")


def regenerate_cached(vendor: Vendor, inputs: str | None = None) -> Changes:
    """Regenerate ``vendor`` unless its inputs (``inputs``, else computed) and its package are those of the last."""
    started = time.perf_counter()
    inputs = inputs_digest(vendor) if inputs is None else inputs
    if vendor.output_dir.is_dir() and unchanged(vendor, inputs):
        return Changes(vendor=vendor.name, seconds=time.perf_counter() - started, skipped=True)
    changes = regenerate(vendor, check=False, reuse=True)
    remember(vendor, inputs)
    return changes


def regenerate(vendor: Vendor, check: bool, reuse: bool = False) -> Changes:
    """Build one vendor's package and compare it with (or apply it to) ``generated/``.

    ``reuse`` lets the build take the generator's output from its cache (never with ``--check``).
    """
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f"gen-{vendor.name}-", dir=scratch()) as tmp:
        spec = spec_views.load(vendor.spec_path)
        fresh = build(vendor, Path(tmp), spec, reuse)
        # The release is planned against the last commit, so regenerating while working does not
        # pile up versions: whatever the working tree holds, one commit makes one release.
        head = releases.committed(vendor.output_dir, Path(tmp) / "committed")
        if head is None:
            released, built = vendor.output_dir, compare(fresh, vendor.output_dir, vendor.name)
        else:
            released, built = head.managed, compare_committed(fresh, head, vendor.name)
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
    if args.check or args.no_cache:
        jobs = {vendor.name: functools.partial(regenerate, vendor, args.check) for vendor in vendors}
        done_early: dict[str, Changes] = {}
    else:
        jobs, done_early = _stale(vendors)
    if args.check or args.no_cache or len(jobs) > 1:  # a lone cached job imports it only if it needs it
        import openapi_python_client  # noqa: F401  (once, before the forks: every child has it)
    results_by_name = {**done_early, **dict(zip(jobs, forked.run(list(jobs.values())), strict=True))}
    results = [results_by_name[vendor.name] for vendor in vendors]
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


def _stale(vendors: list[Vendor]) -> tuple[dict[str, functools.partial[Changes]], dict[str, Changes]]:
    """The vendors to regenerate (as jobs) and the skipped ones (their report), from the cache."""
    shared, heads = shared_inputs(), committed_trees(vendors)
    jobs, skipped = {}, {}
    for vendor in vendors:
        started = time.perf_counter()
        inputs = inputs_digest(vendor, shared, heads.get(vendor.name, ""))
        if vendor.output_dir.is_dir() and unchanged(vendor, inputs):
            skipped[vendor.name] = Changes(vendor=vendor.name, seconds=time.perf_counter() - started, skipped=True)
        else:
            jobs[vendor.name] = functools.partial(regenerate_cached, vendor, inputs)
    return jobs, skipped


def _keep_bytecode() -> None:
    """Compile what this run imports once, into the nox sessions' cache (``PYTHONDONTWRITEBYTECODE`` aside)."""
    if sys.dont_write_bytecode and sys.pycache_prefix is None:
        sys.pycache_prefix = str(ROOT / ".nox" / "pycache")
        sys.dont_write_bytecode = False


if __name__ == "__main__":
    _keep_bytecode()
    raise SystemExit(main())
