"""Benchmarks for the closing notes (figures, never pass/fail): ``python -m scripts.bench.pipeline``.

Each figure is printed with its target and written to ``bench/results.json``;
``python -m scripts.bench.pipeline --readme`` rewrites the README's figures table from that file
(and ``bench/baseline-before.json``, the figures before issue 15, when present).

1. Regeneration: a full run (``scripts.generation.generate --check``: no cache, as CI's drift gate) and
   ``scripts.generation.generate`` with one spec changed (each vendor in turn), against the sum of bare
   ``openapi-python-client generate`` runs of the same specs.
2. Prism start-up (median of 5) and the contract fuzz suite's wall time in one pytest process
   at FUZZ_EXAMPLES cases per operation (default 25), mock start-ups included.
3. Per-call overhead against a loopback server in another process, interleaved call by call:
   a signed SALESmanago ``contact_upsert`` and a raw httpx POST of the same bytes; a Salesmsg
   query-parameter call (``contacts_search``) and a raw httpx GET of the same URL and token;
   the reliability layer alone (scripts.bench.reliability).
4. Async throughput: 100 tasks sharing one client, the generated ``asyncio_detailed`` against a
   raw ``httpx.AsyncClient`` POST, each with ``sniffio`` importable and hidden.

The machine is shared: every timing is the median over ``--rounds`` interleaved rounds.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from functools import partial
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx

from scripts.vendors import ROOT, select

REPLY = json.dumps({"success": True, "message": [], "contactId": "c-1", "externalId": None}).encode()
SEARCH_REPLY = json.dumps({"results": []}).encode()
RESULTS = ROOT / "bench" / "results.json"
CACHE_DIR = ROOT / ".nox" / "generate-cache"  # scripts.generation.generate
BASELINE = ROOT / "bench" / "baseline-before.json"
README = ROOT / "README.md"
TABLE_START, TABLE_END = "<!-- bench:start -->", "<!-- bench:end -->"


@dataclass
class Figure:
    """One measured figure, what it is and the target it is read against (never a test)."""

    what: str
    value: float | None
    unit: str
    target: str = ""
    detail: str = ""

    def met(self) -> str:
        """``met``/``missed`` against a target of the form ``≤ 1.15`` or ``≥ 0.9``, else empty."""
        match = re.fullmatch(r"([≤≥]) ?([0-9.]+).*", self.target)
        if match is None or self.value is None:
            return ""
        bound = float(match.group(2))
        return "met" if (self.value <= bound if match.group(1) == "≤" else self.value >= bound) else "missed"

    def text(self) -> str:
        """The value with its unit."""
        if self.value is None:
            return "n/a"
        return f"{self.value:.2f}{self.unit}" if self.unit in ("×", " s") else f"{self.value:.3f}{self.unit}"


Figures = dict[str, Figure]


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _spread(values: list[float], scale: float = 1.0) -> str:
    return f"median of {len(values)} rounds, range {min(values) * scale:.3f}-{max(values) * scale:.3f}"


# -- the loopback server, in another process ------------------------------------------------


class _Reply(BaseHTTPRequestHandler):
    """The in-process reply server of scripts.bench.reliability: the same answers."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else delayed ACKs add ~40 ms to every exchange

    def _answer(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self._answer(REPLY)

    def do_GET(self) -> None:
        self._answer(SEARCH_REPLY)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


def _response(body: bytes) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


async def _connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Keep-alive HTTP/1.1: answer every request on the connection until the client closes it."""
    answers = {b"POST": _response(REPLY), b"GET": _response(SEARCH_REPLY)}
    try:
        while head := await reader.readuntil(b"\r\n\r\n"):
            length = re.search(rb"(?i)\r\ncontent-length: *(\d+)", head)
            if length:
                await reader.readexactly(int(length.group(1)))
            writer.write(answers[head.split(b" ", 1)[0]])
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def _serve_forever() -> None:
    server = await asyncio.start_server(_connection, "127.0.0.1", 0, backlog=512)
    for sock in server.sockets:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


def serve() -> None:
    """Serve on a free loopback port (one asyncio loop), print the port, run until killed."""
    asyncio.run(_serve_forever())


@contextmanager
def loopback_server() -> Iterator[str]:
    """The URL of a ``_Reply`` server running in a child process."""
    child = subprocess.Popen(
        [sys.executable, "-c", "from scripts.bench.pipeline import serve; serve()"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        yield f"http://127.0.0.1:{int(child.stdout.readline())}"
    finally:
        child.kill()
        child.wait()


# -- 1. regeneration ----------------------------------------------------------------------------


def _generate(*args: str) -> float:
    command = [sys.executable, "-m", "scripts.generation.generate", *args]
    return _timed(partial(subprocess.run, command, cwd=ROOT, check=True, capture_output=True))


@contextmanager
def _one_spec_changed(path: Path) -> Iterator[None]:
    """The spec with a comment appended (a changed input, the same document), restored after."""
    original = path.read_bytes()
    path.write_bytes(original + b"\n# bench: a changed input, the same document\n")
    try:
        yield
    finally:
        path.write_bytes(original)


@contextmanager
def _one_operation_edited(path: Path) -> Iterator[None]:
    """The spec with its first operation summary reworded (new generated code and a patch release), restored after.

    The wording is new each time (a timestamp), so the generator's kept outputs never hold it.
    """
    original = path.read_text(encoding="utf-8")
    line = next(line for line in original.splitlines() if line.startswith("      summary: "))
    path.write_text(original.replace(line, f"{line} (bench edit {time.time_ns()})", 1), encoding="utf-8")
    try:
        yield
    finally:
        path.write_text(original, encoding="utf-8")
        _generate()  # generated/ back to what the spec makes (the release is planned against HEAD)


def bench_regeneration(rounds: int) -> Figures:
    """A full regeneration, one with one spec changed (each vendor), and the bare generator sum."""
    from scripts.spec import views as spec_views

    vendors = select(None)
    full: list[float] = []
    changed: dict[str, list[float]] = {vendor.name: [] for vendor in vendors}
    edited: dict[str, list[float]] = {vendor.name: [] for vendor in vendors}
    _generate()  # warm the cache (if there is one) with the current inputs
    for _ in range(rounds):
        full.append(_generate("--check"))
        for vendor in vendors:
            entry = CACHE_DIR / f"{vendor.name}.json"
            kept = entry.read_bytes() if entry.exists() else None
            with _one_spec_changed(vendor.spec_path):
                changed[vendor.name].append(_generate())
            if kept is not None:  # the package is the same, so is the entry for the restored spec
                entry.write_bytes(kept)
            with _one_operation_edited(vendor.spec_path):
                edited[vendor.name].append(_generate())
    bare = 0.0
    for vendor in vendors:
        with tempfile.TemporaryDirectory() as tmp:
            spec = Path(tmp) / "spec.yaml"
            spec_views.dump_yaml(spec_views.client_view(spec_views.load(vendor.spec_path)), spec)
            command = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(spec)]
            command += ["--output-path", str(Path(tmp) / "out"), "--meta", "uv"]
            bare += _timed(partial(subprocess.run, command, check=True, capture_output=True))
    full_s = statistics.median(full)
    per_vendor = {name: statistics.median(values) for name, values in changed.items()}
    worst = max(per_vendor, key=lambda name: per_vendor[name])
    detail = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in per_vendor.items())
    per_edit = {name: statistics.median(values) for name, values in edited.items()}
    worst_edit = max(per_edit, key=lambda name: per_edit[name])
    edit_detail = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in per_edit.items())
    return {
        "regenerate_full_s": Figure("regeneration of all four specs, full (no cache, as `nox -s drift`)", full_s,
                                    " s", "≤ bare sum", _spread(full)),
        "bare_generate_sum_s": Figure("sum of bare `openapi-python-client generate` runs of the same specs", bare,
                                      " s"),
        "regenerate_one_changed_s": Figure("`generate` with one spec changed by a trailing comment "
                                           "(same document; median over the vendors)",
                                           statistics.median(per_vendor.values()), " s", "", detail),
        "regenerate_one_changed_ratio": Figure("one spec changed by a comment against a full run (worst vendor: "
                                               f"{worst})", per_vendor[worst] / full_s, "×", "≤ 0.4"),
        "regenerate_one_edited_s": Figure("`generate` with one operation's summary reworded (new code, a patch "
                                          "release; median over the vendors)", statistics.median(per_edit.values()),
                                          " s", "", edit_detail),
        "regenerate_one_edited_ratio": Figure("one operation reworded against a full run (worst vendor: "
                                              f"{worst_edit})", per_edit[worst_edit] / full_s, "×", "≤ 0.4"),
    }  # fmt: skip


# -- 2. mocks and fuzz --------------------------------------------------------------------------


def bench_mocks_and_fuzz(examples: int, rounds: int, workers: int, names: list[str] | None = None) -> Figures:
    """Prism start-up (median over the vendors, 5 each) and the fuzz suite's wall time in one pytest process."""
    from scripts.mock.prism import PrismMock

    vendors = select(names)
    startups = []
    for vendor in vendors:
        for _ in range(5):
            with PrismMock(vendor) as mock:
                startups.append(mock.startup_seconds)
    env = {**os.environ, "FUZZ_EXAMPLES": str(examples)}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "tests/contract/test_fuzz.py"]
    if names:
        command += ["-k", " or ".join(vendor.name for vendor in vendors)]
    variants = {"fuzz_suite_s": command}
    if workers > 1:
        variants[f"fuzz_suite_n{workers}_s"] = [*command, "-n", str(workers)]
    times: dict[str, list[float]] = {key: [] for key in variants}
    for _ in range(rounds):
        for key, variant in variants.items():
            times[key].append(_timed(partial(subprocess.run, variant, check=True, cwd=ROOT, env=env,
                                             capture_output=True)))  # fmt: skip
    figures = {
        "prism_startup_median_s": Figure(f"Prism start-up to first answer (median, 5 runs x {len(vendors)} vendors)",
                                         statistics.median(startups), " s"),
        "fuzz_suite_s": Figure(f"contract fuzz suite, {examples} cases per operation, one process, mocks included",
                               statistics.median(times["fuzz_suite_s"]), " s", "≤ 25 s",
                               _spread(times["fuzz_suite_s"])),
    }  # fmt: skip
    if workers > 1:
        key = f"fuzz_suite_n{workers}_s"
        figures[key] = Figure(f"the same with `-n {workers}` (pytest-xdist)", statistics.median(times[key]), " s",
                              "", _spread(times[key]))  # fmt: skip
    return figures


# -- 3. per-call overhead -----------------------------------------------------------------------


def _interleaved(pairs: dict[str, Callable[[], object]], calls: int, rounds: int) -> dict[str, list[float]]:
    """Per-round median seconds of each action, called in turn ``calls`` times per round."""
    for _ in range(50):  # warm every path
        for action in pairs.values():
            action()
    medians: dict[str, list[float]] = {name: [] for name in pairs}
    for _ in range(rounds):
        times: dict[str, list[float]] = {name: [] for name in pairs}
        for _ in range(calls):
            for name, action in pairs.items():
                times[name].append(_timed(action))
        for name, values in times.items():
            medians[name].append(statistics.median(values))
    return medians


def _ratio_figures(prefix: str, what: str, raw_what: str, medians: dict[str, list[float]], target: str) -> Figures:
    ratios = [ours / raw for ours, raw in zip(medians["ours"], medians["raw"], strict=True)]
    return {
        f"{prefix}_ms": Figure(what, statistics.median(medians["ours"]) * 1000, " ms", "",
                               _spread(medians["ours"], 1000)),
        f"{prefix}_raw_ms": Figure(raw_what, statistics.median(medians["raw"]) * 1000, " ms", "",
                                   _spread(medians["raw"], 1000)),
        f"{prefix}_ratio": Figure(f"ratio: {what.split(' (')[0]} against raw httpx", statistics.median(ratios), "×",
                                  target, _spread(ratios)),
    }  # fmt: skip


def _salesmanago(url: str, **kwargs: Any) -> Any:
    import salesmanago_client

    return salesmanago_client.create_client(
        client_id="bench",
        api_key="bench-key",
        api_secret="bench-secret",  # noqa: S106  (a local benchmark server)
        owner="o@example.com",
        base_url=url,
        **kwargs,
    )


def _upsert_body() -> Any:
    from salesmanago_client.models import ContactUpsertRequest

    return ContactUpsertRequest.from_dict(
        {"contact": {"email": "jane@example.com", "name": "Jane"}, "tags": ["A", "B"]}
    )


def _signed_bytes(url: str) -> bytes:
    """Exactly what a signed ``contact_upsert`` puts on the wire."""
    from salesmanago_client.api.contact_management import contact_upsert

    from scripts.contract.harness import RecordingTransport

    recorder = RecordingTransport()
    contact_upsert.sync_detailed(client=_salesmanago(url, transport=recorder), body=_upsert_body())
    return recorder.take().request.content


def bench_overhead(url: str, calls: int, rounds: int) -> Figures:
    """A signed SALESmanago call and a Salesmsg query call against raw httpx, interleaved."""
    import salesmsg_client
    from salesmanago_client.api.contact_management import contact_upsert
    from salesmsg_client.api.contacts import contacts_search

    client, body, sent = _salesmanago(url), _upsert_body(), _signed_bytes(url)
    raw = httpx.Client()
    headers = {"Content-Type": "application/json"}
    signed = _interleaved(
        {
            "ours": lambda: contact_upsert.sync_detailed(client=client, body=body),
            "raw": lambda: raw.post(f"{url}/contact/upsert", content=sent, headers=headers).json(),
        },
        calls,
        rounds,
    )
    token = "bench-token"  # noqa: S105  (a local benchmark server)
    query_client = salesmsg_client.create_client(token, base_url=url, rate_limit=None)
    bearer = {"Authorization": f"Bearer {token}"}
    query = _interleaved(
        {
            "ours": lambda: contacts_search.sync_detailed(client=query_client, term="jane", limit=20),
            "raw": lambda: raw.get(
                f"{url}/contacts/search", params={"term": "jane", "limit": 20}, headers=bearer
            ).json(),
        },
        calls,
        rounds,
    )
    raw.close()
    return {
        **_ratio_figures("signed_call", f"signed SALESmanago `contact_upsert` (median of {calls} per round)",
                         "raw httpx POST of the same bytes to the same server", signed, "≤ 1.15"),
        **_ratio_figures("query_call", f"Salesmsg `contacts_search` query call (median of {calls} per round)",
                         "raw httpx GET of the same URL and token", query, "≤ 1.15"),
    }  # fmt: skip


def bench_layer(calls: int, rounds: int) -> Figures:
    """The reliability layer alone and the whole layer against the bare generated client."""
    from scripts.bench import reliability as bench_reliability

    runs = [bench_reliability.bench_overhead(calls) for _ in range(rounds)]
    alone = [run["ratio_vs_pre_layer"] for run in runs]
    whole = [run["ratio_vs_bare_generated"] for run in runs]
    return {
        "layer_alone_ratio": Figure("the layer alone: shipped transport against the transport before the "
                                    "reliability layer, same signed call", statistics.median(alone), "×", "≤ 1.05",
                                    _spread(alone)),
        "layer_vs_bare_generated_ratio": Figure("our client against the generated client with the same auth on a "
                                                "plain httpx transport", statistics.median(whole), "×", "",
                                                _spread(whole)),
    }  # fmt: skip


# -- 4. async throughput ------------------------------------------------------------------------


class _HiddenModule(importlib.abc.MetaPathFinder):
    """Makes one module unimportable, at the cost of a real failed search of sys.path."""

    def __init__(self, name: str) -> None:
        self.name = name

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> None:
        if fullname == self.name:
            importlib.machinery.PathFinder.find_spec(f"{fullname}_absent", path)
            raise ModuleNotFoundError(f"No module named {fullname!r}", name=fullname)
        return None


@contextmanager
def _without(module: str) -> Iterator[None]:
    saved = sys.modules.pop(module, None)
    finder = _HiddenModule(module)
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
        if saved is not None:
            sys.modules[module] = saved


def _has_sniffio() -> bool:
    return importlib.util.find_spec("sniffio") is not None


async def _throughput(call: Callable[[], Any], tasks: int, per_task: int) -> float:
    async def worker() -> None:
        for _ in range(per_task):
            await call()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(tasks)))
    return tasks * per_task / (time.perf_counter() - started)


def bench_async(url: str, tasks: int, per_task: int, rounds: int) -> Figures:
    """Calls per second with ``tasks`` concurrent tasks: our async client against raw httpx."""
    from salesmanago_client.api.contact_management import contact_upsert

    body, sent = _upsert_body(), _signed_bytes(url)
    headers = {"Content-Type": "application/json"}
    limits = httpx.Limits(max_connections=tasks, max_keepalive_connections=tasks)
    sniffio = _has_sniffio()
    states = [True, False] if sniffio else [False]
    samples: dict[str, list[float]] = {}

    async def measure(with_sniffio: bool) -> None:
        client = _salesmanago(url, httpx_args={"limits": limits})
        raw = httpx.AsyncClient(limits=limits)

        async def ours() -> Any:
            return await contact_upsert.asyncio_detailed(client=client, body=body)

        async def plain() -> Any:
            return (await raw.post(f"{url}/contact/upsert", content=sent, headers=headers)).json()

        label = "with" if with_sniffio else "without"
        await _throughput(ours, tasks, 5)  # open the connections, warm the pools
        await _throughput(plain, tasks, 5)
        samples.setdefault(f"ours_{label}", []).append(await _throughput(ours, tasks, per_task))
        samples.setdefault(f"raw_{label}", []).append(await _throughput(plain, tasks, per_task))
        await client.get_async_httpx_client().aclose()
        await raw.aclose()

    for _ in range(rounds):
        for state in states:
            if state:
                asyncio.run(measure(True))
            else:
                with _without("sniffio"):
                    asyncio.run(measure(False))
    label = "with" if sniffio else "without"
    ratios = [o / r for o, r in zip(samples[f"ours_{label}"], samples[f"raw_{label}"], strict=True)]
    figures = {
        "async_ours_per_s": Figure(f"async, {tasks} tasks: our client, calls per second (sniffio {label})",
                                   statistics.median(samples[f"ours_{label}"]), "/s", "",
                                   _spread(samples[f"ours_{label}"])),
        "async_raw_without_sniffio_per_s": Figure(f"async, {tasks} tasks: raw httpx, calls per second, no sniffio",
                                                  statistics.median(samples["raw_without"]), "/s", "",
                                                  _spread(samples["raw_without"])),
        "async_raw_with_sniffio_per_s": Figure(f"async, {tasks} tasks: raw httpx, calls per second, sniffio installed",
                                               statistics.median(samples["raw_with"]) if sniffio else None, "/s",
                                               "", "" if sniffio else "sniffio is not installed"),
        "async_ratio": Figure(f"async throughput, {tasks} tasks: our client against raw httpx in the same "
                              f"environment (sniffio {label})", statistics.median(ratios), "×", "≥ 0.9",
                              _spread(ratios)),
    }  # fmt: skip
    if sniffio:
        ours_without = statistics.median(samples["ours_without"])
        figures["async_ours_without_sniffio_per_s"] = Figure(
            f"async, {tasks} tasks: our client, calls per second, sniffio hidden", ours_without, "/s"
        )
    return figures


# -- 5. CI from a fresh clone ------------------------------------------------------------------


def bench_ci() -> Figures:
    """``bash .ci/run`` in a fresh clone of this repository's HEAD (shared/ linked beside it)."""
    with tempfile.TemporaryDirectory(prefix="bench-ci-") as tmp:
        clone = Path(tmp) / "main"
        subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
        (Path(tmp) / "shared").symlink_to((ROOT.parent / "shared").resolve())
        env = {key: value for key, value in os.environ.items() if not key.startswith(("NOX", "VIRTUAL_ENV"))}
        seconds = _timed(partial(subprocess.run, ["bash", ".ci/run"], cwd=clone, env=env, check=True,
                                 capture_output=True))  # fmt: skip
    return {"ci_fresh_clone_s": Figure("`bash .ci/run` from a fresh clone, warm package caches", seconds, " s",
                                       "≤ 120 s")}  # fmt: skip


# -- output -------------------------------------------------------------------------------------


def write_results(figures: Figures, path: Path, note: str) -> None:
    """Merge ``figures`` into the JSON file (figures not measured this time are kept)."""
    document: dict[str, Any] = json.loads(path.read_text()) if path.exists() else {"figures": {}}
    document["figures"].update({key: asdict(figure) for key, figure in figures.items()})
    document["measured"] = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    document["commit"] = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.strip()
    document["note"] = note
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"figures": {}}


def readme_table(results: dict[str, Any], before: dict[str, Any]) -> str:
    """The Markdown figures table: each figure before issue 15, now, and its target."""
    lines = [
        f"Measured by `nox -s bench` on {results.get('measured', '?')} (commit {results.get('commit', '?')}); "
        f"before: {before.get('measured', 'not measured')} (commit {before.get('commit', '?')}). "
        f"{results.get('note', '')}",
        "",
        "| what | before | now | target |",
        "|---|---|---|---|",
    ]
    for key, data in results["figures"].items():
        figure = Figure(**data)
        old = before["figures"].get(key)
        then = Figure(**old).text() if old else "not measured"
        now = figure.text() + (f" ({figure.detail})" if figure.detail else "")
        target = f"{figure.target} ({figure.met()})" if figure.met() else figure.target
        lines.append(f"| {figure.what} | {then} | {now} | {target} |")
    return "\n".join(lines)


def update_readme(results: Path = RESULTS, before: Path = BASELINE, readme: Path = README) -> None:
    """Replace the README's table between the bench markers with one made from the JSON files."""
    text = readme.read_text(encoding="utf-8")
    start, end = text.index(TABLE_START) + len(TABLE_START), text.index(TABLE_END)
    table = readme_table(_load(results), _load(before))
    readme.write_text(text[:start] + "\n" + table + "\n" + text[end:], encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks, print each figure with its target, write the JSON file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds; figures are their medians")
    parser.add_argument("--examples", type=int, default=int(os.environ.get("FUZZ_EXAMPLES", "25")))
    parser.add_argument("--vendor", action="append", help="mock and fuzz figures for these vendors (default: all)")
    parser.add_argument("--workers", type=int, default=2, help="also time the fuzz suite with pytest -n N")
    parser.add_argument("--tasks", type=int, default=100)
    parser.add_argument(
        "--only", choices=["regeneration", "fuzz", "overhead", "layer", "async", "ci"], action="append",
        help="measure only these (default: all but ci, the fresh-clone CI run)",
    )  # fmt: skip
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument("--note", default="Medians of interleaved rounds; say in --note how loaded the machine was.")
    parser.add_argument("--readme", action="store_true", help="only rewrite the README table from the JSON files")
    args = parser.parse_args(argv)
    if args.readme:
        update_readme(args.output)
        return 0
    chosen = args.only or ["regeneration", "fuzz", "overhead", "layer", "async"]

    def report(figures: Figures) -> None:  # each part is written as soon as it is measured
        for figure in figures.values():
            verdict = f" [{figure.met()}]" if figure.met() else ""
            target = f"  target {figure.target}{verdict}" if figure.target else ""
            print(f"{figure.what}: {figure.text()}{target}" + (f"  ({figure.detail})" if figure.detail else ""))
        write_results(figures, args.output, args.note)

    if "overhead" in chosen or "async" in chosen:
        with loopback_server() as url:
            if "overhead" in chosen:
                report(bench_overhead(url, args.calls, args.rounds))
            if "async" in chosen:
                report(bench_async(url, args.tasks, max(args.calls // args.tasks, 5), args.rounds))
    if "layer" in chosen:
        report(bench_layer(args.calls, args.rounds))
    if "regeneration" in chosen:
        report(bench_regeneration(args.rounds))
    if "fuzz" in chosen:
        report(bench_mocks_and_fuzz(args.examples, args.rounds, args.workers, args.vendor))
    if "ci" in chosen:
        report(bench_ci())
    print(f"written to {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
