"""A real HTTP server on loopback that answers each request with a scripted fault.

``server.script("503", "429-seconds")`` makes the next two requests fail that way; every other
request gets the normal answer: the reply cached for that method and path from the upstream
mock (``upstream``: a Prism URL; fetched once, on the first request that reaches it), or
``{"ok": true}`` without an upstream. Body faults (``html``, ``invalid-json``, ``empty-body``)
answer with the operation's documented success status (from ``manifest``; 200 without one).
``received`` counts the requests that arrived.
Used by the fault-injection tests and by ``scripts/bench/reliability.py``.
"""

from __future__ import annotations

import collections
import email.utils
import json
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

import httpx

from overrides._common.manifest import Manifest

LOOPBACK = "127.0.0.1"
HTML = b"<!DOCTYPE html><html><head><title>Maintenance</title></head><body><h1>Back soon</h1></body></html>"
FAULTS = (
    "500",
    "502",
    "503",
    "503-retry-after",
    "429-seconds",
    "429-date",
    "520",
    "read-timeout",
    "reset-mid-body",
    "html",
    "invalid-json",
    "empty-body",
    "slow-body",
)
"""The faults of the matrix, in its order (``echo-400``/``echo-401`` send the request back)."""
RETRY_AFTER_SECONDS = 2
RETRY_AFTER_DATE_SECONDS = 5
SLOW_CHUNKS = 8
SLOW_GAP = 0.01
HOLD_LIMIT = 10.0


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else delayed ACKs add ~40 ms to every exchange
    server: FaultServer

    def _serve(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0") or 0))
        fault = self.server.next_fault(self.command, self.path, self.headers.get("Authorization"))
        if fault in ("ok", "slow-body"):
            status, content_type, reply = self.server.normal_reply(self.command, self.path, dict(self.headers), body)
            if fault == "slow-body":
                self._slow(status, content_type, reply)
            else:
                self._send(status, reply, content_type)
        elif fault == "read-timeout":
            self.server.release.wait(HOLD_LIMIT)
            self.close_connection = True
        elif fault == "reset-mid-body":
            self._reset_mid_body()
        else:
            self._fault(fault, body)

    def do_GET(self) -> None:
        """Serve a GET."""
        self._serve()

    def do_POST(self) -> None:
        """Serve a POST."""
        self._serve()

    def do_PUT(self) -> None:
        """Serve a PUT."""
        self._serve()

    def do_PATCH(self) -> None:
        """Serve a PATCH."""
        self._serve()

    def do_DELETE(self) -> None:
        """Serve a DELETE."""
        self._serve()

    def _send(self, status: int, body: bytes, content_type: str = "application/json", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def _fault(self, fault: str, body: bytes) -> None:
        error = json.dumps({"success": False, "message": [f"injected {fault}"]}).encode()
        if fault in ("500", "502", "503", "520"):
            html = fault == "502"  # a proxy's error page
            self._send(int(fault), HTML if html else error, "text/html" if html else "application/json")
        elif fault == "503-retry-after":
            self._send(503, error, Retry_After=str(RETRY_AFTER_SECONDS))
        elif fault == "429-seconds":
            self._send(429, error, Retry_After=str(RETRY_AFTER_SECONDS))
        elif fault == "429-date":
            when = email.utils.formatdate(self.server.now + RETRY_AFTER_DATE_SECONDS, usegmt=True)
            self._send(429, error, Retry_After=when)
        elif fault == "html":
            self._send(self.server.success_status(self.command, self.path), HTML, "text/html; charset=utf-8")
        elif fault == "invalid-json":
            self._send(self.server.success_status(self.command, self.path), b'{"success": tru', "application/json")
        elif fault == "empty-body":
            self._send(self.server.success_status(self.command, self.path), b"", "application/json")
        elif fault in ("echo-400", "echo-401"):
            echoed = json.dumps(
                {"message": [f"bad request: {body.decode(errors='replace')} {self.path} {dict(self.headers)}"]}
            ).encode()
            self._send(int(fault[-3:]), echoed)
        else:
            raise ValueError(f"unknown fault {fault!r}")

    def _slow(self, status: int, content_type: str, reply: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.flush()
        step = max(1, len(reply) // SLOW_CHUNKS + 1)
        for start in range(0, len(reply), step):
            time.sleep(SLOW_GAP)  # the server dribbles; the client's read timeout is far longer
            self.wfile.write(reply[start : start + step])
            self.wfile.flush()

    def _reset_mid_body(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        self.wfile.write(b'{"success": true, "mess')
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()  # SO_LINGER 0: the close sends a TCP RST
        self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


class FaultServer(ThreadingHTTPServer):
    """The scripted server; use as a context manager (it serves on a daemon thread)."""

    daemon_threads = True

    def __init__(
        self, upstream: str | None = None, now: float = 1_800_000_000.0, manifest: Manifest | None = None
    ) -> None:
        super().__init__((LOOPBACK, 0), _Handler)
        self.manifest = manifest
        self.url = f"http://{LOOPBACK}:{self.server_address[1]}"
        self.upstream = upstream
        self.now = now
        self.release = threading.Event()
        self.received = 0
        self.requests: list[tuple[str, str]] = []
        self._script: collections.deque[str] = collections.deque()
        self._replies: dict[tuple[str, str], tuple[int, str, bytes]] = {}
        self._lock = threading.Lock()
        self._upstream = httpx.Client(timeout=30.0) if upstream else None
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop serving and release held requests."""
        self.release.set()
        self.shutdown()
        self.server_close()
        if self._upstream is not None:
            self._upstream.close()

    def script(self, *faults: str) -> None:
        """Fail the next requests with these faults, in order; reset the request count."""
        with self._lock:
            self._script = collections.deque(faults)
            self.received = 0
            self.requests = []

    def holds_next(self) -> bool:
        """Whether the next request will be held without an answer (a ``read-timeout`` fault)."""
        with self._lock:
            return bool(self._script) and self._script[0] == "read-timeout"

    def next_fault(self, method: str, path: str, authorization: str | None) -> str:
        """Count a request and take its fault ("ok" when the script is used up)."""
        with self._lock:
            self.received += 1
            self.requests.append((method, path))
            return self._script.popleft() if self._script else "ok"

    def success_status(self, method: str, path: str) -> int:
        """The success status the spec documents for the request's operation (body faults answer with it)."""
        operation = None if self.manifest is None else self.manifest.find(method, path.split("?", 1)[0])
        return 200 if operation is None else operation.success_status()

    def normal_reply(self, method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, str, bytes]:
        """The answer without a fault: the upstream mock's (fetched once per method and path)."""
        key = (method, path.split("?", 1)[0])
        if self._upstream is None or self.upstream is None:
            return 200, "application/json", b'{"ok": true}'
        if key not in self._replies:
            skip = ("host", "content-length")
            forwarded = {name: value for name, value in headers.items() if name.lower() not in skip}
            reply = self._upstream.request(method, self.upstream + path, headers=forwarded, content=body)
            content_type = reply.headers.get("content-type", "application/json")
            self._replies[key] = (reply.status_code, content_type, reply.content)
        return self._replies[key]

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: a reset or a timed-out client breaks the connection on purpose."""
