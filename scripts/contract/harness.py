"""The contract harness: Schemathesis cases, through a generated client, against a mock.

For one case: the wire body is stripped of what the client injects itself (the
SALESmanago auth envelope), turned into the generated model (whose ``to_dict`` must give
the same document back), and passed with the case's parameters to the operation's
generated ``sync_detailed``. The client's own layer signs, routes and validates the
request; a recording transport keeps the exact request and response, so the vendor's
in-process checks see what went on the wire and Schemathesis validates the response
against the spec. Any rejection by the mock raises the client's typed error.
"""

from __future__ import annotations

import contextlib
import datetime
import importlib
import io
import pkgutil
import re
import threading
import time
import types
import typing
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from enum import Enum
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import PythonIdentifier
from schemathesis.core import NOT_SET
from schemathesis.core.result import Ok
from schemathesis.specs.openapi import checks as openapi_checks

from overrides._common.network import network_transport
from scripts.contract import drawing
from scripts.spec import views as spec_views
from scripts.vendors import Vendor

RESPONSE_CHECKS = [
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_headers_conformance,
    openapi_checks.response_schema_conformance,
]
ClientFactory = Callable[[str, Mapping[str, str], httpx.BaseTransport], Any]
RequestCheck = Callable[[httpx.Request], None]
SENDERS = 3
"""Threads sending an operation's cases while Hypothesis draws the next ones: a case's round trip
to the mock (a few ms, mostly waiting on another process) overlaps with drawing."""
ExpiredTokenClient = Callable[[str, Mapping[str, str]], tuple[Any, Callable[[], int]]]


class ContractError(AssertionError):
    """A case broke the contract: the client, the mock or the spec disagree."""


Shard = tuple[int, int]
FUZZED, ACCOUNTING = "fuzzed", "fuzz-accounting"
"""The ``user_properties`` names an operation's test and a vendor's accounting test report with."""


def parse_shard(text: str | None) -> Shard | None:
    """``"i/n"`` (1 ≤ i ≤ n) as ``(i, n)``; None for no sharding."""
    if text is None:
        return None
    match = re.fullmatch(r"(\d+)/(\d+)", text.strip())
    if match is None or not 1 <= int(match.group(1)) <= int(match.group(2)):
        raise pytest.UsageError(f"--shard takes i/n with 1 <= i <= n, not {text!r}")
    return int(match.group(1)), int(match.group(2))


def in_shard(nodeid: str, shard: Shard | None) -> bool:
    """Whether the test ``nodeid`` belongs to ``shard``.

    A stable hash of the id: every process, shard and CI job computes the same split, whatever
    else is selected.
    """
    if shard is None:
        return True
    index, count = shard
    return zlib.crc32(nodeid.encode()) % count == index - 1


class FuzzAccounting:
    """Every expected operation fuzzed: a pytest plugin where every test report arrives.

    It runs in the xdist controller or the only process. Each operation's passing test reports
    ``fuzzed: vendor:operationId``; each vendor's accounting test reports the operations this run
    (or shard) must have fuzzed; at the end, an expected operation without a passing fuzz report
    fails the session.
    """

    def __init__(self) -> None:
        self.fuzzed: set[str] = set()
        self.expected: dict[str, set[str]] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Collect the properties of passing test calls."""
        if report.when != "call" or not report.passed:
            return
        for name, value in report.user_properties:
            if name == FUZZED:
                self.fuzzed.add(str(value))
            elif name == ACCOUNTING:
                vendor, operations = typing.cast(tuple[str, list[str]], value)
                self.expected[vendor] = {f"{vendor}:{operation}" for operation in operations}

    def missing(self) -> dict[str, list[str]]:
        """Per vendor, the expected operations no passing test fuzzed."""
        gaps = {
            vendor: sorted(op.split(":", 1)[1] for op in ops - self.fuzzed) for vendor, ops in self.expected.items()
        }
        return {vendor: ops for vendor, ops in gaps.items() if ops}

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """Fail the run when an expected operation was not fuzzed."""
        missing = self.missing()
        if not missing:
            return
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is None:
            return
        reporter.write_sep("=", "fuzz accounting failed", red=True, bold=True)
        for vendor, operations in missing.items():
            reporter.write_line(f"{vendor}: operations with no accepted fuzz case: {operations}", red=True)


@dataclass(frozen=True)
class Profile:
    """What the harness needs to know of one vendor."""

    vendor: Vendor
    make_client: ClientFactory
    check_request: RequestCheck
    secrets: tuple[str, ...] = ()
    """The sentinel credentials ``make_client`` uses that must never show in a repr, log or error."""
    expired_token_client: ExpiredTokenClient | None = None
    """For OAuth vendors: ``(base_url, servers) -> (client, refreshes)``, a client whose access token
    has expired and a function giving how many token refreshes it has made so far."""


@dataclass
class Exchange:
    """One request and its response, as they crossed the wire."""

    request: httpx.Request
    response: httpx.Response


class RecordingTransport(httpx.BaseTransport):
    """The network transport, keeping the last exchange per thread."""

    def __init__(self, inner: httpx.BaseTransport | None = None) -> None:
        self._inner = inner or network_transport()
        self._local = threading.local()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send and remember."""
        started = time.perf_counter()
        response = self._inner.handle_request(request)
        response.read()
        response.request = request
        response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
        self._local.last = Exchange(request, response)
        return response

    def take(self) -> Exchange:
        """The last exchange on this thread (an error if nothing was sent)."""
        last: Exchange | None = getattr(self._local, "last", None)
        if last is None:
            raise ContractError("the client sent no request")
        self._local.last = None
        return last

    def close(self) -> None:
        """Close the inner transport."""
        self._inner.close()


def _operation_modules(package: str) -> dict[str, types.ModuleType]:
    api = importlib.import_module(f"{package}.api")
    modules = {}
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}."):
        if not info.ispkg:
            module = importlib.import_module(info.name)
            modules[info.name.rsplit(".", 1)[-1]] = module
    return modules


def _injected_fields(spec: spec_views.Spec) -> set[str]:
    schemas = spec.get("components", {}).get("schemas", {})
    return {name for schema in schemas.values() if schema.get("x-injected-by") for name in schema.get("properties", {})}


def _candidates(annotation: Any) -> list[Any]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [
            arg
            for arg in typing.get_args(annotation)
            if arg is not type(None) and getattr(arg, "__name__", "") != "Unset"
        ]
    return [annotation]


def coerce(annotation: Any, value: Any) -> Any:
    """Turn a JSON value drawn from the spec into what a generated signature takes."""
    errors = []
    for candidate in _candidates(annotation):
        try:
            return _coerce_one(candidate, value)
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            errors.append(error)
    raise ContractError(f"cannot pass {value!r} as {annotation}: {errors}")


def _coerce_one(annotation: Any, value: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin is list:
        if not isinstance(value, list):
            raise TypeError("not a list")
        (item,) = typing.get_args(annotation)
        return [coerce(item, entry) for entry in value]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation(value)
    if isinstance(annotation, type) and hasattr(annotation, "from_dict"):
        if not isinstance(value, dict):
            raise TypeError("not an object")
        return annotation.from_dict(value)
    if annotation is datetime.date:
        return datetime.date.fromisoformat(value)
    if getattr(annotation, "__name__", "") == "File":
        return annotation(payload=io.BytesIO(_binary(value)), file_name="upload.bin")
    if annotation is bool and value in ("true", "false"):
        return value == "true"  # Schemathesis draws boolean query parameters as their wire text
    if annotation in (int, float, str, bool) and not isinstance(value, annotation):
        raise TypeError(f"not a {annotation.__name__}")
    return value


def _binary(value: Any) -> bytes:
    data = getattr(value, "data", value)
    return data if isinstance(data, bytes) else str(data).encode()


def _json_parts(value: Any) -> Any:
    """What a model's ``to_dict`` can be compared with: files left out."""
    if isinstance(value, dict):
        return {key: _json_parts(item) for key, item in value.items() if not _is_file(item)}
    return value


def _is_file(value: Any) -> bool:
    return hasattr(value, "payload") or hasattr(value, "data") or isinstance(value, (bytes, tuple))


class Harness:
    """Calls a vendor's generated operations with Schemathesis cases against a mock."""

    def __init__(self, profile: Profile, mock_url: str) -> None:
        self.profile = profile
        self.spec = spec_views.load(profile.vendor.spec_path)
        self.schema = drawing.sendable_schema(self.spec)  # what the client sends
        self.injected = _injected_fields(self.spec)
        self.modules = _operation_modules(profile.vendor.package)
        manifest = spec_views.wire_manifest(self.spec)["operations"]
        servers = {op["server"]: mock_url for op in manifest if op["server"]}
        self.responses: dict[str, dict[str, str | None]] = {op["operation_id"]: op["responses"] for op in manifest}
        self.recorder = RecordingTransport()
        self.client = profile.make_client(mock_url, servers, self.recorder)
        self.calls: dict[str, int] = {}
        self._calls_lock = threading.Lock()
        self.in_band_error: type[Exception] = importlib.import_module(profile.vendor.package).InBandError

    def operations(self) -> Iterator[Any]:
        """Every Schemathesis operation of the spec."""
        for result in self.schema.get_all_operations():
            if not isinstance(result, Ok):
                raise ContractError(f"Schemathesis cannot read an operation: {result.err()}")
            yield result.ok()

    def operation(self, label: str) -> Any:
        """The operation called ``METHOD /path``."""
        found = self.schema.find_operation_by_label(label)
        if found is None:
            raise KeyError(label)
        return found

    def function(self, operation_id: str) -> Callable[..., Any]:
        """The generated ``sync_detailed`` of an operation."""
        module = self.modules[PythonIdentifier(operation_id, prefix="")]
        return typing.cast(Callable[..., Any], module.sync_detailed)

    def arguments(self, case: Any, function: Callable[..., Any]) -> dict[str, Any]:
        """The generated function's keyword arguments for a case (round-tripping the body)."""
        hints = typing.get_type_hints(function)
        arguments: dict[str, Any] = {}
        for location in (case.path_parameters, case.query, case.headers):
            for name, value in (location or {}).items():
                python_name = PythonIdentifier(name, prefix="field_")
                if python_name in hints:
                    arguments[python_name] = coerce(hints[python_name], value)
        if "body" in hints and case.body is not None and case.body is not NOT_SET:
            document = self._strip_injected(case.body)
            model = coerce(hints["body"], document)
            if hasattr(model, "to_dict"):
                again = model.to_dict()
                if _json_parts(again) != _json_parts(document):
                    raise ContractError(f"round trip changed the body:\n sent {document!r}\n got  {again!r}")
            arguments["body"] = model
        return arguments

    def _strip_injected(self, body: Any) -> Any:
        if not isinstance(body, dict):
            return body
        stripped = {
            key: _binary(value) if _is_file(value) else value for key, value in body.items() if key not in self.injected
        }
        for key, value in stripped.items():
            if isinstance(value, dict):
                stripped[key] = {k: v for k, v in value.items() if k not in self.injected}
        return stripped

    def call(self, case: Any) -> Exchange:
        """Run one case end to end; raise ContractError (or the client's typed error) on a breach."""
        operation_id = case.operation.definition.raw["operationId"]
        function = self.function(operation_id)
        arguments = self.arguments(case, function)
        try:
            parsed = function(client=self.client, **arguments).parsed
        except self.in_band_error as error:
            # The mock may answer "failed" inside a success status; the client must say so with
            # its typed error, and the body must still parse as the documented model.
            parsed = self.parse(function, typing.cast(Any, error).response)
        exchange = self.recorder.take()
        self.profile.check_request(exchange.request)
        case.validate_response(exchange.response, checks=RESPONSE_CHECKS)
        if parsed is None and self.documents_body(operation_id, exchange.response.status_code):
            raise ContractError(f"{operation_id}: HTTP {exchange.response.status_code} did not parse")
        with self._calls_lock:
            self.calls[operation_id] = self.calls.get(operation_id, 0) + 1
        return exchange

    def documents_body(self, operation_id: str, status: int) -> bool:
        """Whether the spec gives this answer a body (``None`` is the right parse of one without)."""
        media = self.responses[operation_id]
        return media.get(str(status), media.get("default")) is not None

    @staticmethod
    def parse(function: Callable[..., Any], response: httpx.Response) -> Any:
        """Parse a body as the generated function's documented success model."""
        (model,) = typing.get_args(typing.get_type_hints(function)["return"])
        return coerce(model, response.json())

    def run(self, operation: Any, examples: int) -> int:
        """Call ``operation`` with ``examples`` cases drawn here; the number of cases run.

        The cases are sent by SENDERS threads as they are drawn; the first failing case (in the
        order drawn) raises its own error once all are done.
        """
        with self._senders() as submit:
            return drawing.draw(operation, examples, submit)

    def send(self, cases: Iterable[Any]) -> int:
        """Call each of ``cases`` (drawn elsewhere) like ``run`` does; the number of cases run."""
        ran = 0
        with self._senders() as submit:
            for case in cases:
                submit(case)
                ran += 1
        return ran

    @contextlib.contextmanager
    def _senders(self) -> Iterator[Callable[[Any], None]]:
        sent: list[tuple[Any, Future[Exchange]]] = []
        pool = ThreadPoolExecutor(max_workers=SENDERS, thread_name_prefix=f"fuzz-{self.profile.vendor.name}")
        try:
            yield lambda case: sent.append((case, pool.submit(self.call, case)))
        finally:
            pool.shutdown(wait=True)
        for case, future in sent:
            error = future.exception()
            if error is not None:
                error.add_note(f"the drawn case of {case.operation.label}: {case!r}")
                raise error
