"""Benchmarks for the closing notes (figures, never pass/fail): ``python -m scripts.bench.pipeline``.

1. Regeneration of every spec (scripts.generation.generate, as ``--check`` so nothing is written)
   against the sum of bare ``openapi-python-client generate`` runs of the same specs.
2. Prism start-up time (median of 3 per vendor) and the contract fuzz suite's wall time per
   vendor at FUZZ_EXAMPLES cases per operation (default 25), each vendor's mock start-up
   included: every vendor with a record, or those given with ``--vendor``.
3. Per-call overhead of the layer at its heaviest (a SALESmanago call: signed envelope,
   validation): a generated-client call against a raw httpx POST of the same
   body to the same local server, median ratio over N calls (default 2000), interleaved.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import salesmanago_client
from salesmanago_client.api.contact_management import contact_upsert
from salesmanago_client.models import ContactUpsertRequest

from scripts.contract.harness import RecordingTransport
from scripts.generation import generate
from scripts.mock.prism import PrismMock
from scripts.spec import views as spec_views
from scripts.vendors import ROOT, select

REPLY = json.dumps({"success": True, "message": [], "contactId": "c-1", "externalId": None}).encode()


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def bench_regeneration() -> dict[str, float]:
    """Our regeneration of all vendors against the sum of bare generator runs."""
    vendors = select(None)
    ours = _timed(lambda: generate.main(["--check"]))
    bare = 0.0
    for vendor in vendors:
        with tempfile.TemporaryDirectory() as tmp:
            spec = Path(tmp) / "spec.yaml"
            spec_views.dump_yaml(spec_views.client_view(spec_views.load(vendor.spec_path)), spec)
            command = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(spec)]
            command += ["--output-path", str(Path(tmp) / "out"), "--meta", "uv"]
            bare += _timed(partial(subprocess.run, command, check=True, capture_output=True))
    return {"regenerate_all_s": ours, "bare_generate_sum_s": bare}


def bench_mocks_and_fuzz(examples: int, names: list[str] | None = None) -> dict[str, float]:
    """Prism start-up (median of 3 per vendor, and over all) and the fuzz run's wall time per vendor."""
    vendors = select(names)
    startups: list[float] = []
    figures: dict[str, float] = {"fuzz_examples": examples}
    for vendor in vendors:
        own = []
        for _ in range(3):
            with PrismMock(vendor) as mock:
                own.append(mock.startup_seconds)
        figures[f"prism_startup_{vendor.name}_s"] = statistics.median(own)
        startups += own
    figures["prism_startup_median_s"] = statistics.median(startups)
    env = {**os.environ, "FUZZ_EXAMPLES": str(examples)}
    for vendor in vendors:
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "tests/contract/test_fuzz.py"]
        run = partial(subprocess.run, [*command, "-k", vendor.name], check=True, cwd=ROOT, env=env, capture_output=True)
        figures[f"fuzz_{vendor.name}_s"] = _timed(run)
    figures["fuzz_suite_s"] = sum(figures[f"fuzz_{vendor.name}_s"] for vendor in vendors)
    return figures


class _Reply(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else delayed ACKs add ~40 ms to every exchange

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(REPLY)))
        self.end_headers()
        self.wfile.write(REPLY)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


def bench_overhead(calls: int) -> dict[str, float]:
    """Median per-call time of a signed generated call and of a raw POST of the same body."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Reply)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    make = partial(
        salesmanago_client.create_client,
        client_id="bench",
        api_key="bench-key",
        api_secret="bench-secret",  # noqa: S106  (a local benchmark server)
        owner="o@example.com",
        base_url=url,
    )
    client = make()
    recorder = RecordingTransport()
    recording = make(transport=recorder)
    body = ContactUpsertRequest.from_dict(
        {"contact": {"email": "jane@example.com", "name": "Jane"}, "tags": ["A", "B"]}
    )
    raw = httpx.Client()
    signed: list[float] = []
    plain: list[float] = []
    contact_upsert.sync_detailed(client=recording, body=body)
    sent = recorder.take().request.content  # exactly what a signed call puts on the wire
    headers = {"Content-Type": "application/json"}
    for _ in range(50):  # warm both paths
        contact_upsert.sync_detailed(client=client, body=body)
        raw.post(f"{url}/contact/upsert", content=sent, headers=headers).json()
    for _ in range(calls):
        signed.append(_timed(lambda: contact_upsert.sync_detailed(client=client, body=body)))
        plain.append(_timed(lambda: raw.post(f"{url}/contact/upsert", content=sent, headers=headers).json()))
    server.shutdown()
    signed_median, plain_median = statistics.median(signed), statistics.median(plain)
    return {
        "calls": calls,
        "signed_call_median_ms": signed_median * 1000,
        "raw_post_median_ms": plain_median * 1000,
        "median_ratio": signed_median / plain_median,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks and print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--examples", type=int, default=int(os.environ.get("FUZZ_EXAMPLES", "25")))
    parser.add_argument("--only", choices=["regeneration", "fuzz", "overhead"], action="append")
    parser.add_argument("--vendor", action="append", help="mock and fuzz figures for these vendors (default: all)")
    args = parser.parse_args(argv)
    chosen = args.only or ["regeneration", "fuzz", "overhead"]
    figures: dict[str, float] = {}
    if "regeneration" in chosen:
        figures.update(bench_regeneration())
    if "fuzz" in chosen:
        figures.update(bench_mocks_and_fuzz(args.examples, args.vendor))
    if "overhead" in chosen:
        figures.update(bench_overhead(args.calls))
    print(json.dumps({key: round(value, 4) for key, value in figures.items()}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
