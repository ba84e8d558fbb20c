"""``nox -s live -- VENDOR [--also OP ...]``: a live probe for a team that holds real credentials.

Credentials and the base URL come from environment variables (below); without them the probe
says what is missing and exits 0, so plain CI never fails on it. It calls only operations that
are safe to repeat: reads (GET, or ``x-idempotent: true``) that need no path parameter, no
required query parameter and no body field beyond the client's defaults, and nothing the spec
marks ``x-side-effect`` unless named with ``--also``. Every exchange is recorded to a HAR file
(credentials masked) and the traffic report runs on it; the exit status is the report's.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from scripts.spec import views as spec_views
from scripts.traffic.har import load
from scripts.traffic.report import build
from scripts.vendors import VENDORS

ENV: dict[str, tuple[str, ...]] = {
    "salesmsg": ("SALESMSG_TOKEN",),
    "sendjim": ("SENDJIM_CLIENT_KEY", "SENDJIM_CLIENT_SECRET"),
    "salesmanago": ("SALESMANAGO_CLIENT_ID", "SALESMANAGO_API_KEY", "SALESMANAGO_API_SECRET", "SALESMANAGO_OWNER"),
}
"""Required variables per vendor; ``<VENDOR>_BASE_URL`` optionally points the client elsewhere."""


def _factory(vendor: str, env: dict[str, str], base_url: str | None) -> Any:
    module = importlib.import_module(VENDORS[vendor].package)
    create: Callable[..., Any] = module.create_client
    if vendor == "salesmsg":
        return create(env["SALESMSG_TOKEN"], base_url=base_url)
    if vendor == "sendjim":
        return create(
            client_key=env["SENDJIM_CLIENT_KEY"], client_secret=env["SENDJIM_CLIENT_SECRET"], base_url=base_url
        )
    return create(
        client_id=env["SALESMANAGO_CLIENT_ID"],
        api_key=env["SALESMANAGO_API_KEY"],
        api_secret=env["SALESMANAGO_API_SECRET"],
        owner=env["SALESMANAGO_OWNER"],
        server=env.get("SALESMANAGO_SERVER", "www"),
        base_url=base_url,
    )


def safe_operations(vendor: str, also: frozenset[str] = frozenset()) -> list[tuple[str, str, dict[str, Any] | None]]:
    """(method, path, JSON body or None) of every operation the probe may call."""
    spec = spec_views.load(VENDORS[vendor].spec_path)
    defaults = set(spec.get("x-client-defaults") or {})
    chosen: list[tuple[str, str, dict[str, Any] | None]] = []
    for method, path, operation in spec_views.operations(spec):
        named = operation.get("operationId") in also
        if not named and (operation.get("x-side-effect") or operation.get("deprecated")):
            continue
        reads = method == "GET" or operation.get("x-idempotent") is True
        params = [*spec["paths"][path].get("parameters", []), *operation.get("parameters", [])]
        shared = spec.get("components", {}).get("parameters", {})
        params = [shared.get(p["$ref"].rsplit("/", 1)[-1], {}) if "$ref" in p else p for p in params]
        needs = [p for p in params if p.get("required") and p.get("in") in ("path", "query")]
        body = operation.get("requestBody")
        required = _required_body_fields(spec, body) if body else set()
        if named or (reads and not needs and required <= defaults | _injected(spec)):
            chosen.append((method, path, {} if body else None))
    return chosen


def _injected(spec: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    for schema in spec.get("components", {}).get("schemas", {}).values():
        if schema.get("x-injected-by"):
            names |= set(schema.get("required") or ())
    return names


def _required_body_fields(spec: dict[str, Any], body: dict[str, Any]) -> set[str]:
    schemas = spec.get("components", {}).get("schemas", {})
    found: set[str] = set()
    for media in (body.get("content") or {}).values():
        schema = media.get("schema") or {}
        for member in schema.get("allOf", [schema]):
            target = schemas.get(member.get("$ref", "").rsplit("/", 1)[-1], member) if "$ref" in member else member
            found |= set(target.get("required") or ())
    return found


def main(argv: list[str] | None = None, environ: dict[str, str] | None = None) -> int:
    """Probe one vendor; 0 when skipped for lack of credentials."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("vendor", choices=sorted(VENDORS))
    parser.add_argument("--also", nargs="*", default=[], help="operationIds with a side effect to call too")
    parser.add_argument("--har", type=Path, help="where to keep the recording (default: a temporary file)")
    args = parser.parse_args(argv)
    env = dict(os.environ if environ is None else environ)
    needed = ENV.get(args.vendor)
    if needed is None:
        print(f"live probe skipped: {args.vendor} needs OAuth tokens from a consent flow; no unattended probe")
        return 0
    missing = [name for name in needed if not env.get(name)]
    if missing:
        print(f"live probe skipped: set {', '.join(missing)} (and optionally {args.vendor.upper()}_BASE_URL)")
        return 0
    har = args.har or Path(tempfile.mkdtemp(prefix="live-")) / f"{args.vendor}.har"
    client = _factory(args.vendor, env, env.get(f"{args.vendor.upper()}_BASE_URL")).with_recording(har)
    calls = safe_operations(args.vendor, frozenset(args.also))
    typed: type[Exception] = importlib.import_module(VENDORS[args.vendor].package).APIError
    with client.get_httpx_client() as http:
        for method, path, body in calls:
            try:
                http.request(method, path.lstrip("/"), json=body)
            except typed as error:  # the client's typed errors: the exchange is recorded anyway
                print(f"  {method} {path}: {type(error).__name__}")
    print(f"{len(calls)} safe operation(s) called; recording: {har}")
    if not har.exists():
        print("nothing was recorded (no answer came back)")
        return 1
    report = build(load(har), args.vendor)
    print(report.render())
    return 1 if report.unacknowledged() else 0


if __name__ == "__main__":
    sys.exit(main())
