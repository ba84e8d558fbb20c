"""The reliability layer's figures (never pass/fail): ``python -m scripts.bench.reliability``.

1. Per-call overhead: the same signed SALESmanago ``contact_upsert`` call, interleaved, N times
   (default 2000) against a loopback server with Nagle off, through
   - the client as shipped (retry policy, limiter hook, logging, credential learning, shared checks),
   - the same client with the transport as it was before the layer (route, validate, send, check),
   - the generated client with the signing auth on a plain httpx transport (no VendorTransport);
   the figure is the median of the first over the median of each other.
2. The fault matrix: every client (one idempotent and one side-effect operation per vendor
   profile, and each package's bare transport) against every fault of the fault server, sync,
   on a fake clock: the outcome and the requests the server received, next to the promise.
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time
from collections.abc import Callable
from functools import partial
from http.server import ThreadingHTTPServer
from typing import Any

import httpx
import salesmanago_client
from salesmanago_client._common.manifest import Operation
from salesmanago_client._common.transport import VendorTransport
from salesmanago_client.api.contact_management import contact_upsert
from salesmanago_client.client import Client
from salesmanago_client.models import ContactUpsertRequest

from scripts.bench.pipeline import _Reply
from scripts.contract.wire import manifest_of
from scripts.mock.prism import PrismMock
from scripts.vendors import VENDORS
from tests.fake_clock import SimulatedClock
from tests.reliability.fault_server import FAULTS, FaultServer
from tests.reliability.targets import NOW, CountingLimiter, Target, all_targets, expected, outcome, prepared


class PreLayerTransport(VendorTransport):
    """The transport as it was before the reliability layer: one attempt, the vendor's check only."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Route, validate, send, read, check."""
        operation: Operation | None = self._prepare(request)
        if self._sync is None:
            self._sync = httpx.HTTPTransport()
        response = self._sync.handle_request(request)
        response.request = request
        response.read()
        self.check(response, operation)
        return response


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def bench_overhead(calls: int) -> dict[str, float]:
    """Median per-call times of the three clients, interleaved, and the ratios."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Reply)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    layered = salesmanago_client.create_client(
        client_id="bench",
        api_key="bench-key",
        api_secret="bench-secret",  # noqa: S106  (a local benchmark server)
        owner="o@example.com",
        base_url=url,
    )
    args: dict[str, Any] = dict(layered._httpx_args)
    shipped: VendorTransport = args["transport"]
    before = PreLayerTransport(shipped.manifest, url, check=shipped.check)
    pre_layer = Client(base_url=url, timeout=httpx.Timeout(30.0), httpx_args={**args, "transport": before})
    bare = Client(base_url=url, timeout=httpx.Timeout(30.0), httpx_args={"auth": args["auth"]})
    body = ContactUpsertRequest.from_dict(
        {"contact": {"email": "jane@example.com", "name": "Jane"}, "tags": ["A", "B"]}
    )
    clients = {"layer": layered, "pre_layer": pre_layer, "bare": bare}
    times: dict[str, list[float]] = {name: [] for name in clients}
    for _ in range(50):  # warm every path
        for client in clients.values():
            contact_upsert.sync_detailed(client=client, body=body)
    for _ in range(calls):
        for name, client in clients.items():
            times[name].append(_timed(partial(contact_upsert.sync_detailed, client=client, body=body)))
    server.shutdown()
    server.server_close()
    medians = {name: statistics.median(values) for name, values in times.items()}
    return {
        "calls": calls,
        "layer_median_ms": medians["layer"] * 1000,
        "pre_layer_median_ms": medians["pre_layer"] * 1000,
        "bare_generated_median_ms": medians["bare"] * 1000,
        "ratio_vs_pre_layer": medians["layer"] / medians["pre_layer"],
        "ratio_vs_bare_generated": medians["layer"] / medians["bare"],
    }


def fault_matrix(targets: list[Target]) -> list[tuple[str, str, str, int, str, int]]:
    """Rows of (client, fault, outcome, requests, promised outcome, promised requests)."""
    rows = []
    mocks: dict[str, PrismMock] = {}
    servers: dict[str | None, FaultServer] = {}
    try:
        for target in targets:
            if target.upstream not in servers:
                upstream, manifest = None, None
                if target.upstream is not None:
                    mocks[target.upstream] = PrismMock(VENDORS[target.upstream], dynamic=False).start()
                    upstream, manifest = mocks[target.upstream].url, manifest_of(VENDORS[target.upstream])
                servers[target.upstream] = FaultServer(upstream, manifest=manifest).__enter__()
            server = servers[target.upstream]
            for fault in FAULTS:
                want = expected(fault, target.idempotent)
                try:
                    client = prepared(target, server, SimulatedClock(NOW), CountingLimiter())
                except Exception as error:
                    rows.append((target.name, fault, f"warm-up failed: {type(error).__name__}", 0, *want))
                    continue
                server.script(fault)
                got, _ = outcome(target, client, "sync", want[0])
                rows.append((target.name, fault, got, server.received, *want))
    finally:
        for server in servers.values():
            server.stop()
        for mock in mocks.values():
            mock.stop()
    return rows


def print_matrix(rows: list[tuple[str, str, str, int, str, int]]) -> None:
    """The matrix as a Markdown table."""
    print("| client | fault | outcome | requests | promised |")
    print("|---|---|---|---|---|")
    for name, fault, got, received, want, want_received in rows:
        mark = "" if (got, received) == (want, want_received) else f" **≠ {want} × {want_received}**"
        print(f"| {name} | {fault} | {got} | {received} |{mark or ' as promised'} |")


def main(argv: list[str] | None = None) -> int:
    """Print the overhead figures and the fault matrix."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--only", choices=["overhead", "faults"], action="append")
    parser.add_argument("--vendor", action="append", help="limit the matrix to these clients (name prefix)")
    args = parser.parse_args(argv)
    chosen = args.only or ["overhead", "faults"]
    if "overhead" in chosen:
        for key, value in bench_overhead(max(args.calls, 1000)).items():
            print(f"{key}: {value:.4f}")
    if "faults" in chosen:
        targets = [t for t in all_targets() if not args.vendor or any(t.name.startswith(v) for v in args.vendor)]
        print_matrix(fault_matrix(targets))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
