"""The test kit every package ships (``<package>.testing``): a Prism mock fixture and an in-process contract fake.

* ``ContractFake``: an httpx transport (sync and async) for ``create_client(..., transport=fake,
  async_transport=fake)``. Every request is matched to an operation of the packaged spec and
  validated with the client's own validator (a breach raises ``RequestValidationError``, an
  unknown route ``ContractFakeError``); the answer is what the test registered with
  ``fake.respond(operation_id, ...)``, else the example of the operation's success response in the
  spec. ``fake.calls`` records every exchange. No Node, no network.
* ``PrismServer``: the vendor's Prism mock (the packaged mock view of the spec) as a real process on
  a free loopback port, stopped with its whole process group. The command comes from
  ``$PRISM_COMMAND``, else the ``prism_command`` ini option, else ``prism`` on PATH, else
  ``npx --no-install prism``; without Node or Prism the fixtures skip and say why.

The pytest plugin (entry point ``pytest11``, so installing the package is enough) gives, for a
package ``<vendor>_client``, the fixtures ``<vendor>_fake`` (a ``ContractFake``),
``<vendor>_prism`` (a session-wide ``PrismServer``) and ``<vendor>_mock_client`` (a client pointed
at that Prism mock, every host of the vendor routed to it).
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import import_module, resources
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from .errors import APIError
from .manifest import Manifest, Operation, operation_path
from .validation import RequestValidator

LOOPBACK = "127.0.0.1"
STARTUP_TIMEOUT = 60.0
PRISM_COMMAND_ENV = "PRISM_COMMAND"
PRISM_COMMAND_INI = "prism_command"


class ContractFakeError(APIError):
    """A request the fake cannot answer: no operation of the spec has its method and path."""


class PrismUnavailable(RuntimeError):  # noqa: N818  (the fixtures turn it into a skip)
    """Node or Prism is missing; the message says what to install or configure."""


@dataclass(frozen=True)
class Call:
    """One exchange with the fake: the operation, the request as sent and the answer given."""

    operation_id: str
    request: httpx.Request
    response: httpx.Response

    @property
    def json(self) -> Any:
        """The request's JSON body (None when it has none)."""
        try:
            return json.loads(self.request.content) if self.request.content else None
        except ValueError:
            return None


def _path_of(url: str) -> str:
    """The path part of a server URL (templated hosts such as ``https://{server}.x.com/api`` included)."""
    return "/" + url.split("://", 1)[-1].partition("/")[2].rstrip("/") if "/" in url.split("://", 1)[-1] else ""


def packaged_spec(package: str, name: str = "_openapi.json") -> dict[str, Any]:
    """The spec shipped in a package: ``_openapi.json`` (the wire) or ``_mock.json`` (Prism's view)."""
    return dict(json.loads(resources.files(package).joinpath(name).read_text(encoding="utf-8")))


@dataclass
class ContractFake(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An in-process fake of the vendor that holds every request to the packaged spec."""

    package: str
    calls: list[Call] = field(default_factory=list)
    _registered: dict[str, list[httpx.Response]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.manifest = Manifest.for_package(self.package)
        self.spec = packaged_spec(self.package)
        self.validator = RequestValidator(self.manifest)
        self._prefixes = sorted({_path_of(url) for url in self._server_urls()}, key=len, reverse=True)

    def _server_urls(self) -> list[str]:
        return [*self.manifest.servers, *(op.server for op in self.manifest.operations if op.server)]

    def respond(
        self, operation_id: str, status: int = 200, *, json: Any = None, content: bytes | None = None, **kwargs: Any
    ) -> ContractFake:
        """Queue the answer to the next call of ``operation_id`` (the last one queued repeats)."""
        self._known(operation_id)
        if json is not None:
            kwargs["json"] = json
        elif content is not None:
            kwargs["content"] = content
        self._registered.setdefault(operation_id, []).append(httpx.Response(status, **kwargs))
        return self

    def calls_of(self, operation_id: str) -> list[Call]:
        """The recorded calls of one operation."""
        return [call for call in self.calls if call.operation_id == operation_id]

    def _known(self, operation_id: str) -> Operation:
        for operation in self.manifest.operations:
            if operation.operation_id == operation_id:
                return operation
        raise ContractFakeError(f"{self.package} has no operation {operation_id!r}")

    def _operation(self, request: httpx.Request) -> Operation:
        url = str(request.url)
        candidates = [operation_path(url, base) for base in self._server_urls()]
        path = request.url.path
        candidates += [path[len(prefix) :] or "/" for prefix in self._prefixes if prefix and path.startswith(prefix)]
        candidates.append(path)
        for candidate in candidates:
            found = None if candidate is None else self.manifest.find(request.method, candidate)
            if found is not None:
                return found
        raise ContractFakeError(f"no operation of {self.package} is {request.method} {request.url.path}")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Validate the request, answer it and record the exchange."""
        request.read()
        operation = self._operation(request)
        self.validator.validate(request, operation)
        response = self._answer(operation, request)
        self.calls.append(Call(operation.operation_id, request, response))
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """The same, for the async client."""
        await request.aread()
        return self.handle_request(request)

    def _answer(self, operation: Operation, request: httpx.Request) -> httpx.Response:
        queued = self._registered.get(operation.operation_id)
        if queued:
            model = queued.pop(0) if len(queued) > 1 else queued[0]
            return httpx.Response(model.status_code, headers=model.headers, content=model.content, request=request)
        status, media, example = self._example(operation)
        if media is None:
            return httpx.Response(status, request=request)
        return httpx.Response(status, json=example, headers={"content-type": media}, request=request)

    def _example(self, operation: Operation) -> tuple[int, str | None, Any]:
        spec_operation = self.spec["paths"][operation.path][operation.method.lower()]
        for status, response in sorted(spec_operation.get("responses", {}).items()):
            if not status.startswith("2"):
                continue
            response = self._resolve(response)
            for media, content in (response.get("content") or {}).items():
                examples = content.get("examples") or {}
                if examples:
                    return (
                        int(status[:1] + "00" if "X" in status else status),
                        media,
                        self._resolve(next(iter(examples.values()))).get("value"),
                    )
                return int(status if status.isdigit() else 200), media, content.get("example", {})
            return int(status if status.isdigit() else 200), None, None
        return 200, "application/json", {}

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node


def prism_command(configured: str | None = None) -> list[str]:
    """The command that runs Prism: ``$PRISM_COMMAND``, the ini option, ``prism`` on PATH, or npx."""
    text = os.environ.get(PRISM_COMMAND_ENV) or configured
    if text:
        return shlex.split(text)
    if shutil.which("prism"):
        return ["prism"]
    return ["npx", "--no-install", "prism"]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


class PrismServer:
    """The vendor's Prism mock, a real process on loopback: ``with PrismServer(package) as mock: mock.url``."""

    def __init__(self, package: str, *, command: list[str] | None = None, dynamic: bool = False) -> None:
        self.package = package
        self.command = command or prism_command()
        self.dynamic = dynamic
        self.port = _free_port()
        self.url = f"http://{LOOPBACK}:{self.port}"
        self._process: subprocess.Popen[bytes] | None = None
        self._workdir: tempfile.TemporaryDirectory[str] | None = None

    def _check_available(self) -> None:
        if shutil.which("node") is None:
            raise PrismUnavailable(
                "Node.js is not on PATH: install Node (see the package README) to run the Prism mock"
            )
        if shutil.which(self.command[0]) is None:
            raise PrismUnavailable(
                f"{self.command[0]!r} is not on PATH; set {PRISM_COMMAND_ENV} or {PRISM_COMMAND_INI}"
            )
        probe = subprocess.run([*self.command, "--version"], capture_output=True, timeout=120, check=False)
        if probe.returncode != 0:
            raise PrismUnavailable(
                f"Prism does not run as {shlex.join(self.command)!r} (npm install @stoplight/prism-cli, "
                f"or set {PRISM_COMMAND_ENV} / the {PRISM_COMMAND_INI} ini option)"
            )

    def start(self) -> PrismServer:
        """Start Prism on the packaged mock view and wait until it answers."""
        self._check_available()
        self._workdir = tempfile.TemporaryDirectory(prefix=f"prism-{self.package}-")
        spec = Path(self._workdir.name) / "mock.json"
        spec.write_text(json.dumps(packaged_spec(self.package, "_mock.json")), encoding="utf-8")
        log = Path(self._workdir.name) / "prism.log"
        arguments = ["mock", str(spec), "-h", LOOPBACK, "-p", str(self.port), *(["-d"] if self.dynamic else [])]
        with log.open("wb") as output:
            self._process = subprocess.Popen(
                [*self.command, *arguments],
                stdout=output,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                env={**os.environ, "SCARF_ANALYTICS": "false", "NO_COLOR": "1"},
            )
        try:
            self._wait(log)
        except BaseException:
            self.stop()
            raise
        return self

    def _wait(self, log: Path) -> None:
        assert self._process is not None
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"prism exited with {self._process.returncode}: {log.read_text(errors='replace')}")
            with contextlib.suppress(httpx.TransportError):
                httpx.get(f"{self.url}/__ready__", timeout=1.0)
                return
            time.sleep(0.1)
        raise RuntimeError(f"prism did not answer within {STARTUP_TIMEOUT:.0f}s")

    def stop(self) -> None:
        """Stop Prism's whole process group and remove its files."""
        process, self._process = self._process, None
        if process is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(5.0)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        if self._workdir is not None:
            self._workdir.cleanup()
            self._workdir = None

    def __enter__(self) -> PrismServer:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def servers(self) -> dict[str, str]:
        """Every operation-level server of the spec mapped to this mock (for ``create_client(servers=...)``)."""
        manifest = Manifest.for_package(self.package)
        return {op.server: self.url for op in manifest.operations if op.server}


def mock_client(package: str, url: str, servers: dict[str, str], **kwargs: Any) -> Any:
    """A client of ``package`` pointed at a mock, with the package's test credentials."""
    client_for: Callable[..., Any] = import_module(f"{package}._overrides.testing").client_for
    return client_for(url, servers, **kwargs)


def plugin(package: str) -> dict[str, Any]:
    """The pytest fixtures of one package, to be placed in its ``testing`` module's namespace."""
    import pytest

    vendor = package.removesuffix("_client")

    @pytest.fixture(name=f"{vendor}_fake")
    def fake_fixture() -> ContractFake:
        """An in-process contract fake of the vendor (validates requests, answers with examples)."""
        return ContractFake(package)

    @pytest.fixture(name=f"{vendor}_prism", scope="session")
    def prism_fixture(pytestconfig: pytest.Config) -> Iterator[PrismServer]:
        """The vendor's Prism mock (the spec's examples), started once per session; skips without Node/Prism."""
        configured = str(pytestconfig.getini(PRISM_COMMAND_INI) or "") or None
        server = PrismServer(package, command=prism_command(configured))
        try:
            server.start()
        except PrismUnavailable as missing:
            pytest.skip(f"{package} Prism mock: {missing}")
        try:
            yield server
        finally:
            server.stop()

    @pytest.fixture(name=f"{vendor}_mock_client")
    def client_fixture(request: pytest.FixtureRequest) -> Any:
        """A client of the vendor pointed at its Prism mock (every host of the vendor included)."""
        server: PrismServer = request.getfixturevalue(f"{vendor}_prism")
        return mock_client(package, server.url, server.servers())

    def pytest_addoption(parser: pytest.Parser) -> None:
        parser.addini(
            PRISM_COMMAND_INI, f"command that runs Prism (default: prism, else npx); ${PRISM_COMMAND_ENV} wins"
        )

    return {
        f"_{vendor}_fake": fake_fixture,
        f"_{vendor}_prism": prism_fixture,
        f"_{vendor}_mock_client": client_fixture,
        "pytest_addoption": pytest_addoption,
    }
