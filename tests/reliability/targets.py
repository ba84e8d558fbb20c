"""The clients the reliability tests drive: each vendor's real client on one of its operations,
and a bare ``VendorTransport`` of each package on a two-operation manifest (a GET and a POST).

A target knows how to build its client against a URL (a mock, or the fault server in front of
it), how to call its operation sync and async, and whether that operation is idempotent.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import types
import typing
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
from hypothesis import HealthCheck, Phase, given, settings
from openapi_python_client.strings import PythonIdentifier

from overrides._common.network import async_network_transport, network_transport
from scripts.contract.harness import Harness, Profile
from scripts.contract.profiles import PROFILES
from scripts.spec import views as spec_views
from scripts.vendors import VENDORS
from tests.fake_clock import SimulatedClock
from tests.reliability.fault_server import FaultServer

NOW = 1_800_000_000.0
OK = "ok"
MAX_ATTEMPTS = 3
# fault -> (outcome, requests received) for an idempotent operation, then for one with a side effect
EXPECTED: dict[str, tuple[tuple[str, int], tuple[str, int]]] = {
    "500": (("ServerError", 1), ("ServerError", 1)),
    "502": ((OK, 2), ("ServerError", 1)),
    "503": ((OK, 2), ("ServerError", 1)),
    "503-retry-after": ((OK, 2), (OK, 2)),
    "429-seconds": ((OK, 2), (OK, 2)),
    "429-date": ((OK, 2), (OK, 2)),
    "520": (("ServerError", 1), ("ServerError", 1)),
    "read-timeout": ((OK, 2), ("APITimeoutError", 1)),
    "reset-mid-body": ((OK, 2), ("APIConnectionError", 1)),
    "html": (("InvalidResponseError", 1), ("InvalidResponseError", 1)),
    "invalid-json": (("InvalidResponseError", 1), ("InvalidResponseError", 1)),
    "empty-body": (("InvalidResponseError", 1), ("InvalidResponseError", 1)),
    "slow-body": ((OK, 1), (OK, 1)),
}


def expected(fault: str, idempotent: bool) -> tuple[str, int]:
    """What the matrix promises for one fault."""
    return EXPECTED[fault][0 if idempotent else 1]


TIMEOUT = httpx.Timeout(30.0)
"""The clients' own timeouts in these tests: long enough for a normal answer on a loaded machine
(and longer than the fault server holds a request, ``HOLD_LIMIT``)."""
HELD_READ_TIMEOUT = 0.25
"""The read timeout of an attempt the fault server is going to hold (32 fault cases wait on it)."""


def layer(package: str, module: str) -> types.ModuleType:
    """One module of a package's copy of the shared layer (``errors``, ``retry``…)."""
    return importlib.import_module(f"{package}._common.{module}")


def installed_packages() -> list[str]:
    """The vendor packages that are generated and importable."""
    found = []
    for vendor in VENDORS.values():
        try:
            importlib.import_module(f"{vendor.package}._common.transport")
        except ImportError:
            continue
        found.append(vendor.package)
    return found


@dataclass
class CountingLimiter:
    """A limiter that only counts: one acquisition per attempt."""

    acquired: int = 0

    def acquire(self) -> None:
        self.acquired += 1

    async def acquire_async(self) -> None:
        self.acquired += 1


class ShortReadWhenHeld(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Under a client's layer, per attempt: the one the fault server is going to hold gets
    ``HELD_READ_TIMEOUT``, every other one the client's own timeouts. A held request gives up
    quickly, and a normal answer on a loaded machine never races a short timeout."""

    def __init__(self, server: FaultServer, inner: httpx.BaseTransport, inner_async: httpx.AsyncBaseTransport) -> None:
        self._server, self._inner, self._inner_async = server, inner, inner_async

    def _shorten(self, request: httpx.Request) -> dict[str, float | None] | None:
        own: dict[str, float | None] = request.extensions["timeout"]
        if not self._server.holds_next():
            return None
        request.extensions["timeout"] = {**own, "read": HELD_READ_TIMEOUT}
        return own

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        own = self._shorten(request)
        try:
            return self._inner.handle_request(request)
        finally:
            if own is not None:
                request.extensions["timeout"] = own

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        own = self._shorten(request)
        try:
            return await self._inner_async.handle_async_request(request)
        finally:
            if own is not None:
                request.extensions["timeout"] = own


def vendor_transport(client: Any) -> Any:
    """The ``VendorTransport`` inside a generated client built by a vendor's constructor."""
    transport = getattr(client, "_httpx_args", {}).get("transport")
    if transport is None or not hasattr(transport, "retry"):
        raise AssertionError(f"{client!r} has no VendorTransport in its httpx_args")
    return transport


def short_read_when_held(client: Any, server: FaultServer) -> None:
    """Put ``ShortReadWhenHeld`` under the client's layer, in front of ``server``."""
    transport = vendor_transport(client)
    network = transport._sync or network_transport()
    # None: the layer would open one per event loop; each test call runs in a loop of its own.
    network_async = transport._async or async_network_transport()
    transport._sync = transport._async = ShortReadWhenHeld(server, network, network_async)


def policy(package: str, fake: SimulatedClock, **options: Any) -> Any:
    """A retry policy of that package on the fake clock, without jitter."""
    retry_policy = layer(package, "retry").RetryPolicy
    return retry_policy(sleep=fake.sleep, async_sleep=fake.async_sleep, clock=fake.clock, random=lambda: 0.0, **options)


@dataclass
class Target:
    """One client and one operation to call."""

    name: str
    package: str
    idempotent: bool
    build: Callable[[str], Any]
    call: Callable[[Any], Any]
    call_async: Callable[[Any], Coroutine[Any, Any, Any]]
    upstream: str | None = None
    """Whether the fault server must relay to the vendor's mock for the normal answer (its vendor)."""


def _draw(operation: Any) -> Any:
    cases: list[Any] = []

    @given(case=operation.as_strategy())
    @settings(
        max_examples=1,
        database=None,
        derandomize=True,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def grab(case: Any) -> None:
        cases.append(case)

    grab()
    return cases[0]


def _candidates(spec: spec_views.Spec) -> dict[bool, tuple[str, str, str]]:
    """The first operation with a JSON (or no) body and a JSON success reply, per idempotency.

    Sending operations come first: "no message is ever sent twice by a retry" is the promise
    the side-effect rows of the fault matrix must show.
    """
    manifest = spec_views.wire_manifest(spec)
    chosen: dict[bool, tuple[str, str, str]] = {}
    deprecated = {op["operationId"] for _, _, op in spec_views.operations(spec) if op.get("deprecated")}
    ordered = sorted(
        manifest["operations"],
        key=lambda op: ("send" not in op["operation_id"].lower(), op["operation_id"] in deprecated),
    )
    for op in ordered:
        body = op["body"]
        if body is not None and body["media_type"] != "application/json":
            continue
        successes = [status for status in op["responses"] if status.startswith("2")]
        if not successes or op["responses"][successes[0]] != "application/json":
            continue
        chosen.setdefault(op["idempotent"], (op["operation_id"], op["method"], op["path"]))
    return chosen


def servers_to(url: str, spec: spec_views.Spec) -> dict[str, str]:
    """Every operation-level server of a spec pointed at one URL."""
    return {op["server"]: url for op in spec_views.wire_manifest(spec)["operations"] if op["server"]}


def vendor_targets(profile: Profile) -> list[Target]:
    """The vendor's client on its first idempotent and first side-effect operation.

    Built once per process and profile (five test modules ask at import; each build reads the
    spec, builds a harness and draws two cases). A target holds no client: ``build`` makes one.
    """
    return list(_built_targets(profile))


@functools.cache
def _built_targets(profile: Profile) -> tuple[Target, ...]:
    spec = spec_views.load(profile.vendor.spec_path)
    harness = Harness(profile, "http://127.0.0.1:9")  # only for its schema and argument builder
    targets = []
    for idempotent, (operation_id, method, path) in sorted(_candidates(spec).items()):
        module = harness.modules[PythonIdentifier(operation_id, prefix="")]
        case = _draw(harness.operation(f"{method} {path}"))
        arguments = harness.arguments(case, module.sync_detailed)

        def build(url: str, spec: spec_views.Spec = spec) -> Any:
            return profile.make_client(url, servers_to(url, spec), network_transport()).with_timeout(TIMEOUT)

        def call(client: Any, module: types.ModuleType = module, arguments: dict[str, Any] = arguments) -> Any:
            return module.sync_detailed(client=client, **arguments)

        async def call_async(
            client: Any, module: types.ModuleType = module, arguments: dict[str, Any] = arguments
        ) -> Any:
            return await module.asyncio_detailed(client=client, **arguments)

        kind = "idempotent" if idempotent else "side-effect"
        targets.append(
            Target(
                f"{profile.vendor.name}:{operation_id}({kind})",
                profile.vendor.package,
                idempotent,
                build,
                call,
                call_async,
                upstream=profile.vendor.name,
            )
        )
    return tuple(targets)


GENERIC_MANIFEST: dict[str, Any] = {
    "servers": ["http://unused"],
    "client_defaults": [],
    "components": {"schemas": {}},
    "operations": [
        {
            "operation_id": "getThing",
            "method": "GET",
            "path": "/things",
            "server": None,
            "body": None,
            "responses": {"200": "application/json"},
        },
        {
            "operation_id": "sendMessage",
            "method": "POST",
            "path": "/messages",
            "server": None,
            "body": {"media_type": "application/json", "schema": {"type": "object"}, "json_parts": []},
            "responses": {"200": "application/json"},
        },
    ],
}


def generic_targets(package: str) -> list[Target]:
    """A bare ``VendorTransport`` of ``package`` under an ``httpx.Client``: GET (idempotent) and POST."""
    manifest_cls = layer(package, "manifest").Manifest
    transport_cls = layer(package, "transport").VendorTransport

    def build(url: str) -> Any:
        transport = transport_cls(manifest_cls(GENERIC_MANIFEST), url)
        return _Pair(
            httpx.Client(base_url=url, transport=transport, timeout=TIMEOUT),
            httpx.AsyncClient(base_url=url, transport=transport, timeout=TIMEOUT),
        )

    def get(client: Any) -> Any:
        return client.sync.get("/things").json()

    async def get_async(client: Any) -> Any:
        return (await client.async_.get("/things")).json()

    def post(client: Any) -> Any:
        return client.sync.post("/messages", json={"text": "hello"}).json()

    async def post_async(client: Any) -> Any:
        return (await client.async_.post("/messages", json={"text": "hello"})).json()

    return [
        Target(f"{package}:bare-GET(idempotent)", package, True, build, get, get_async),
        Target(f"{package}:bare-POST(side-effect)", package, False, build, post, post_async),
    ]


@dataclass
class _Pair:
    sync: httpx.Client
    async_: httpx.AsyncClient
    _httpx_args: Mapping[str, Any] = field(init=False)

    def __post_init__(self) -> None:
        self._httpx_args = {"transport": typing.cast(Any, self.sync)._transport}


def all_targets() -> list[Target]:
    """Every vendor client (one per profile) and every package's bare transport."""
    targets = []
    for profile in PROFILES.values():
        targets.extend(vendor_targets(profile))
    for package in installed_packages():
        targets.extend(generic_targets(package))
    return targets


def outcome(target: Target, client: Any, mode: str, expect: str = OK) -> tuple[str, Exception | None]:
    """``ok``, or the name of the error the call raised: ``expect`` if it is an instance of that
    class of the package's layer (a vendor's own subclass counts), else its own class name."""
    try:
        if mode == "sync":
            target.call(client)
        else:
            asyncio.run(target.call_async(client))
    except Exception as error:
        expected_class = getattr(layer(target.package, "errors"), expect, None)
        if expected_class is not None and isinstance(error, expected_class):
            return expect, error
        return type(error).__name__, error
    return OK, None


def prepared(
    target: Target,
    server: FaultServer | str,
    fake: SimulatedClock,
    limiter: CountingLimiter,
    *,
    warm: bool = True,
    **options: Any,
) -> Any:
    """The target's client on the fake clock, counting its attempts.

    ``warm``: one call first, without faults, so that what a client does once (fetch an OAuth
    token, open the connection) is not counted, and the server has the normal answer at hand.
    In front of a fault server, only an attempt it holds has a short read timeout (``ShortReadWhenHeld``).
    """
    client = target.build(server if isinstance(server, str) else server.url)
    if warm and isinstance(server, FaultServer):
        server.script()
        target.call(client)
    transport = vendor_transport(client)
    if isinstance(server, FaultServer):
        short_read_when_held(client, server)
    transport.retry = policy(target.package, fake, **{"max_attempts": MAX_ATTEMPTS, **options})
    transport.limiter = limiter
    return client
