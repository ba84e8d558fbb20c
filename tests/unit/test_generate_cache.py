"""scripts.generation.generate's cache: a vendor is skipped only when its inputs and its package are unchanged.

Also the pieces that make a regeneration cheap: the committed package read by blob id, the generator's
output kept by its inputs, the generator run in this process, several vendors in forked processes.
"""

from __future__ import annotations

import copy
import json
import os
import shlex
import shutil
import subprocess
import sys
import types
import typing
from pathlib import Path

import pytest

from scripts.generation import forked, generate, generator, generator_cache, releases
from scripts.spec import views as spec_views
from scripts.vendors import Vendor


def _vendor(tmp_path: Path) -> Vendor:
    """A stand-in vendor: its spec, overrides and package in ``tmp_path``."""
    (tmp_path / "spec.yaml").write_text("openapi: 3.1.0\n")
    (tmp_path / "overrides").mkdir()
    (tmp_path / "overrides" / "auth.py").write_text("X = 1\n")
    (tmp_path / "package").mkdir()
    (tmp_path / "package" / "module.py").write_text("Y = 2\n")
    fake = types.SimpleNamespace(
        name="fake",
        env_prefix="FAKE",
        spec_path=tmp_path / "spec.yaml",
        overrides_dir=tmp_path / "overrides",
        output_dir=tmp_path / "package",
    )
    return typing.cast(Vendor, fake)


@pytest.fixture
def vendor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Vendor:
    monkeypatch.setattr(generate, "CACHE_DIR", tmp_path / "cache")
    monkeypatch.setattr(generate, "ROOT", tmp_path)  # no package at HEAD for the stand-in
    return _vendor(tmp_path)


def test_an_unchanged_vendor_is_recognised(vendor: Vendor) -> None:
    inputs = generate.inputs_digest(vendor)
    assert not generate.unchanged(vendor, inputs), "nothing is cached yet"
    generate.remember(vendor, inputs)
    assert generate.unchanged(vendor, generate.inputs_digest(vendor))


@pytest.mark.parametrize("changed", ["spec.yaml", "overrides/auth.py"])
def test_a_changed_input_is_regenerated(vendor: Vendor, tmp_path: Path, changed: str) -> None:
    generate.remember(vendor, generate.inputs_digest(vendor))
    (tmp_path / changed).write_text((tmp_path / changed).read_text() + "# changed\n")
    assert not generate.unchanged(vendor, generate.inputs_digest(vendor))


def test_a_hand_edited_package_is_regenerated(vendor: Vendor) -> None:
    inputs = generate.inputs_digest(vendor)
    generate.remember(vendor, inputs)
    (vendor.output_dir / "module.py").write_text("Y = 3\n")
    assert not generate.unchanged(vendor, inputs)


def test_a_changed_template_is_regenerated(vendor: Vendor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "model.py.jinja").write_text("{{ model }}\n")
    monkeypatch.setattr(generate, "TEMPLATES_DIR", templates)
    generate.remember(vendor, generate.inputs_digest(vendor))
    (templates / "model.py.jinja").write_text("{{ model.name }}\n")
    assert not generate.unchanged(vendor, generate.inputs_digest(vendor))


def test_check_and_no_cache_never_use_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    regenerated: list[tuple[str, bool]] = []

    def fake_regenerate(vendor: Vendor, check: bool) -> generate.Changes:
        regenerated.append((vendor.name, check))
        return generate.Changes(vendor=vendor.name)

    def refuse(vendor: Vendor) -> generate.Changes:
        raise AssertionError("the cache was consulted")

    monkeypatch.setattr(generate, "regenerate", fake_regenerate)
    monkeypatch.setattr(generate, "regenerate_cached", refuse)
    assert generate.main(["--check", "mycrmsim"]) == 0
    assert generate.main(["--no-cache", "mycrmsim"]) == 0
    assert regenerated == [("mycrmsim", True), ("mycrmsim", False)]


def test_the_vendor_record_is_an_input(vendor: Vendor) -> None:
    before = generate.inputs_digest(vendor)
    typing.cast(types.SimpleNamespace, vendor).env_prefix = "OTHER"  # the package reads its settings by it
    assert generate.inputs_digest(vendor) != before


# -- the package as HEAD has it, read by blob id ---------------------------------------------------


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def committed_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository whose HEAD has a project with its managed files; the working tree then differs."""
    project = tmp_path / "repo" / "generated" / "mini-client"
    files = {
        "mini_client/a.py": "A = 1\n",
        "mini_client/sub/b.py": "B = 2\n",
        "openapi.json": '{"openapi": "3.1.0"}\n',
        "pyproject.toml": 'version = "1.2.3"\n',
        "CHANGELOG.md": "# Changelog\n\n## 1.2.3\n",
    }
    for name, text in files.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text, encoding="utf-8")
    _git(tmp_path / "repo", "init", "-q")
    _git(tmp_path / "repo", "add", "-A")
    _git(tmp_path / "repo", "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "one")
    (project / "mini_client" / "a.py").write_text("A = 'working tree'\n", encoding="utf-8")
    (project / "CHANGELOG.md").write_text("# Changelog\n\n## 9.9.9\n", encoding="utf-8")
    monkeypatch.setattr(releases, "ROOT", tmp_path / "repo")
    return project


def test_the_committed_package_is_compared_by_blob_id(committed_project: Path, tmp_path: Path) -> None:
    head = releases.committed(committed_project, tmp_path / "head")
    assert head is not None
    assert set(head.blobs) == {"mini_client/a.py", "mini_client/sub/b.py", *releases.MANAGED}
    assert (head.managed / "CHANGELOG.md").read_text(encoding="utf-8") == "# Changelog\n\n## 1.2.3\n"  # HEAD's
    assert releases.read_version(head.managed) == "1.2.3"
    fresh = tmp_path / "fresh"
    shutil.copytree(committed_project, fresh)
    (fresh / "mini_client" / "a.py").write_text("A = 1\n", encoding="utf-8")  # as HEAD has it
    (fresh / "CHANGELOG.md").write_text("# Changelog\n\n## 1.2.3\n", encoding="utf-8")
    unchanged = generate.compare_committed(fresh, head, "mini")
    assert not unchanged.any, unchanged
    (fresh / "mini_client" / "sub" / "b.py").unlink()
    (fresh / "mini_client" / "c.py").write_text("C = 3\n", encoding="utf-8")
    (fresh / "openapi.json").write_text('{"openapi": "3.1.1"}\n', encoding="utf-8")
    changes = generate.compare_committed(fresh, head, "mini")
    assert (changes.added, changes.removed, changes.changed) == (
        ["mini_client/c.py"],
        ["mini_client/sub/b.py"],
        ["openapi.json"],
    )


def test_a_project_head_does_not_have_is_none(committed_project: Path, tmp_path: Path) -> None:
    assert releases.committed(committed_project.parent / "other-client", tmp_path / "head") is None


# -- the generator's output, kept by its inputs ----------------------------------------------------


@pytest.fixture
def generator_cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(generator_cache, "CACHE_DIR", tmp_path / "generator-cache")
    return tmp_path / "generator-cache"


def _tree(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def test_the_generator_output_is_reused_for_the_same_inputs_only(generator_cache_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "pkg" / "models").mkdir(parents=True)
    (out / "pkg" / "models" / "thing.py").write_text("class Thing: ...\n", encoding="utf-8")
    (out / "README.md").write_text("# pkg\n", encoding="utf-8")
    document = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}}
    digest = generator_cache.key(document, "pkg-client", "pkg", generate.TEMPLATES_DIR)
    assert not generator_cache.restore("fake", digest, tmp_path / "first"), "nothing is kept yet"
    generator_cache.store("fake", digest, out)
    assert generator_cache.restore("fake", digest, tmp_path / "again")
    assert _tree(tmp_path / "again") == _tree(out)
    reordered = {"info": document["info"], "openapi": "3.1.0", "paths": {}}  # the generator reads in order
    for other in (
        generator_cache.key({**document, "paths": {"/x": {}}}, "pkg-client", "pkg", generate.TEMPLATES_DIR),
        generator_cache.key(reordered, "pkg-client", "pkg", generate.TEMPLATES_DIR),
        generator_cache.key(document, "pkg-client", "other", generate.TEMPLATES_DIR),
    ):
        assert other != digest
        assert not generator_cache.restore("fake", other, tmp_path / "miss")
    assert not (tmp_path / "miss").exists(), "a miss writes nothing"


def test_the_newest_generator_entries_are_kept(generator_cache_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    digests = [str(index) * 64 for index in range(generator_cache.KEEP + 1)]
    for index, digest in enumerate(digests, start=1):
        (out / "module.py").write_text(f"KEY = {digest!r}\n", encoding="utf-8")
        generator_cache.store("fake", digest, out)
        os.utime(generator_cache._entry("fake", digest), ns=(index * 10**9,) * 2)  # stored in turn
    assert not generator_cache.restore("fake", digests[0], tmp_path / "oldest"), "the oldest made room"
    for digest in digests[1:]:  # an edit and its undoing both find their output
        assert generator_cache.restore("fake", digest, tmp_path / digest)
        assert (tmp_path / digest / "module.py").read_text(encoding="utf-8") == f"KEY = {digest!r}\n"


def test_a_damaged_generator_entry_is_a_miss(generator_cache_dir: Path, tmp_path: Path) -> None:
    generator_cache_dir.mkdir()
    generator_cache._entry("fake", "0" * 64).write_bytes(b"not a pickle")
    assert not generator_cache.restore("fake", "0" * 64, tmp_path / "out")


def test_a_changed_template_changes_the_generator_key(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "model.py.jinja").write_text("{{ model }}\n", encoding="utf-8")
    document = {"openapi": "3.1.0"}
    before = generator_cache.key(document, "p", "p", templates)
    (templates / "model.py.jinja").write_text("{{ model.name }}\n", encoding="utf-8")
    assert generator_cache.key(document, "p", "p", templates) != before


MINI_SPEC = Path(__file__).parent / "fixtures" / "mini_spec.yaml"


def _mini_vendor(tmp_path: Path) -> Vendor:
    (tmp_path / "overrides").mkdir()
    (tmp_path / "overrides" / "auth.py").write_text("X = 1\n", encoding="utf-8")
    fake = types.SimpleNamespace(
        name="mini",
        project="mini-client",
        package="mini_client",
        env_prefix="MINI",
        in_band_success=(),
        spec_path=MINI_SPEC,
        overrides_dir=tmp_path / "overrides",
    )
    return typing.cast(Vendor, fake)


def test_build_runs_the_generator_only_when_its_inputs_changed(
    generator_cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs: list[str] = []

    def fake_generator(
        document: dict[str, typing.Any], project: str, package: str, templates: Path, out: Path, known: object = None
    ) -> dict[str, bytes]:
        runs.append(str(document["paths"]["/things"]["post"]["description"]))
        (out / package / "api" / "things").mkdir(parents=True)
        for module in ("things_create", "things_get"):
            (out / package / "api" / "things" / f"{module}.py").write_text("", encoding="utf-8")
        markers = "<!-- PACKAGE-EXAMPLE -->\n<!-- TESTING-EXAMPLE -->\n<!-- PAGED-OPERATIONS -->\n"
        (out / "README.md").write_text(markers, encoding="utf-8")
        return {}

    monkeypatch.setattr(generator, "generate", fake_generator)
    vendor = _mini_vendor(tmp_path)
    spec = spec_views.load(MINI_SPEC)
    first = generate.build(vendor, tmp_path / "first", spec, reuse=True)
    again = generate.build(vendor, tmp_path / "again", copy.deepcopy(spec), reuse=True)
    assert runs == ["Creates a thing."], "the same client view is generated once"
    assert _tree(again) == _tree(first)
    spec["paths"]["/things"]["post"]["description"] = "Creates a thing, in other words."
    generate.build(vendor, tmp_path / "edited", spec, reuse=True)
    generate.build(vendor, tmp_path / "fresh", spec)  # --check and --no-cache: no reuse
    assert runs == ["Creates a thing.", "Creates a thing, in other words.", "Creates a thing, in other words."]


# -- the generator in this process -----------------------------------------------------------------


def test_a_generator_warning_fails_the_build(tmp_path: Path) -> None:
    spec = spec_views.load(MINI_SPEC)
    response = spec["paths"]["/things/{id}"]["get"]["responses"]["200"]["content"]["application/json"]
    response["schema"] = {"$ref": "#/components/schemas/Missing"}  # the generator drops the response, warning
    with pytest.raises(RuntimeError, match="Could not find reference"):
        generator.generate(spec, "mini-client", "mini_client", generate.TEMPLATES_DIR, tmp_path / "mini-client")


def test_the_generator_in_this_process_writes_what_its_cli_writes(tmp_path: Path) -> None:
    """The same project, byte for byte, as ``openapi-python-client generate`` with the ruff post-hooks."""
    document = spec_views.client_view(spec_views.load(MINI_SPEC))
    generator.generate(document, "mini-client", "mini_client", generate.TEMPLATES_DIR, tmp_path / "here")
    (tmp_path / "mini.json").write_text(json.dumps(document), encoding="utf-8")
    ruff = f"{shlex.quote(sys.executable)} -m ruff"
    config = [
        "project_name_override: mini-client",
        "package_name_override: mini_client",
        "post_hooks:",
        f"  - {ruff} check . --fix-only --quiet --no-cache",
        f"  - {ruff} format . --quiet --no-cache",
    ]
    (tmp_path / "config.yaml").write_text("\n".join(config) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(tmp_path / "mini.json")]
    command += ["--meta", "uv", "--config", str(tmp_path / "config.yaml"), "--overwrite"]
    command += ["--custom-template-path", str(generate.TEMPLATES_DIR), "--output-path", str(tmp_path / "cli")]
    subprocess.run(command, check=True, capture_output=True)
    assert _tree(tmp_path / "here") == _tree(tmp_path / "cli")


RAW = {  # what the generator might render: an unused and unsorted import, a Union, loose formatting
    "pkg/__init__.py": "",
    "pkg/a.py": "import sys\nimport os\nfrom typing import Union\nx: Union[int, str] = 1\ny = os.sep\n",
    "pkg/b.py": "def f( a,b ):\n    return {'a':a,'b':b}\n",
    "pkg/c.py": "import json\nZ=json.dumps( [1,2] )\n",
}


def _project(root: Path, raw: dict[str, str]) -> Path:
    (root / "pyproject.toml").parent.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(
        '[project]\nname = "pkg"\nrequires-python = ">=3.10"\n\n[tool.ruff]\nline-length = 120\n\n'
        '[tool.ruff.lint]\nselect = ["F", "I", "UP"]\n',
        encoding="utf-8",
    )
    for name, text in raw.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_ruff_reruns_only_on_files_rendered_differently_with_the_same_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    known = generator.run_post_hooks_known(_project(tmp_path / "first", RAW), {})
    assert (tmp_path / "first" / "pkg" / "a.py").read_text(
        encoding="utf-8"
    ) == "import os\n\nx: int | str = 1\ny = os.sep\n"
    edited = {**RAW, "pkg/b.py": "def g( a ):\n    return [a,a]\n"}
    generator.run_post_hooks(_project(tmp_path / "full", edited))  # the post-hooks on everything
    named: list[list[str]] = []
    real_run = subprocess.run

    def recording(command: list[str], **kwargs: typing.Any) -> subprocess.CompletedProcess[str]:
        named.append([part for part in command if part.endswith(".py")])
        return real_run(command, **kwargs)

    monkeypatch.setattr(subprocess, "run", recording)
    again = generator.run_post_hooks_known(_project(tmp_path / "again", edited), known)
    assert named == [["pkg/b.py"], ["pkg/b.py"]], "ruff fixes and formats the changed file only"
    assert _tree(tmp_path / "again") == _tree(tmp_path / "full")
    assert len(again) == len(known) and set(again) != set(known)


def test_a_changed_layout_reruns_ruff_on_every_file(tmp_path: Path) -> None:
    known = generator.run_post_hooks_known(_project(tmp_path / "first", RAW), {})
    assert set(generator._keys(_project(tmp_path / "same", RAW)).values()) == set(known)
    grown = {**RAW, "pkg/d.py": "D = 4\n"}  # a new module: isort's view of the project may differ
    assert not set(generator._keys(_project(tmp_path / "grown", grown)).values()) & set(known)


# -- jobs in forked processes ----------------------------------------------------------------------


def test_jobs_run_side_by_side_in_processes_of_their_own() -> None:
    results = forked.run([os.getpid, os.getpid, lambda: "third"])
    assert len({results[0], results[1], os.getpid()}) == 3, results
    assert results[2] == "third"


def test_a_lone_job_runs_in_this_process() -> None:
    assert forked.run([os.getpid]) == [os.getpid()]


def test_a_failing_job_fails_the_run_with_its_traceback() -> None:
    def fails() -> int:
        raise ValueError("raised in the child")

    with pytest.raises(forked.JobFailedError, match="ValueError: raised in the child"):
        forked.run([os.getpid, fails])


def test_the_wire_manifest_is_kept_by_the_spec_document(
    generator_cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    computed: list[str] = []
    real = spec_views.wire_manifest

    def counting(spec: spec_views.Spec) -> dict[str, typing.Any]:
        computed.append(str(spec["info"]["description"]))
        return real(spec)

    monkeypatch.setattr(spec_views, "wire_manifest", counting)
    spec = spec_views.load(MINI_SPEC)
    first = generator_cache.wire_manifest("mini", spec)
    assert first == json.loads(json.dumps(real(spec)))
    assert generator_cache.wire_manifest("mini", copy.deepcopy(spec)) == first
    assert len(computed) == 1, "the same document is read from the entry"
    spec["info"]["description"] = "Another description."
    assert generator_cache.wire_manifest("mini", spec)["title"] == first["title"]
    assert computed[1:] == ["Another description."]
