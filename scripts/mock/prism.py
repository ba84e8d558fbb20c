"""Prism mock servers: one real process per spec, on a free loopback port.

``python -m scripts.mock.prism <vendor>`` serves one vendor's mock until Ctrl-C.
In code, ``with PrismMock(vendor) as mock: ...`` gives ``mock.url``; leaving the block
(normally, on an exception or on Ctrl-C) stops the whole process group, so no node
process outlives it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

import httpx

from scripts.spec import views as spec_views
from scripts.vendors import ROOT, VENDORS, Vendor, select

LOOPBACK = "127.0.0.1"
STARTUP_TIMEOUT = 60.0
STOP_TIMEOUT = 5.0


class PrismError(RuntimeError):
    """Prism did not start or stopped unexpectedly; the message ends with its log."""


def live_group_members(pgid: int) -> list[int]:
    """Processes of a process group that are still running (zombies excluded; Linux /proc)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, group = fields[0], int(fields[2])
        if group == pgid and state not in ("Z", "X"):
            members.append(int(stat.parent.name))
    return members


def free_port() -> int:
    """A port nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


class PrismMock:
    """A running ``prism mock`` of one vendor's spec (its mock view, see spec_views)."""

    def __init__(
        self, vendor: Vendor, *, dynamic: bool = True, seed: str = "1", port: int | None = None, success: bool = False
    ) -> None:
        self.vendor = vendor
        self.success = success
        """Pin the vendor's in-band status fields to success (``nox -s mock``); the contract fuzz leaves them free."""
        self.dynamic = dynamic
        self.seed = seed
        self.port = port or free_port()
        self.url = f"http://{LOOPBACK}:{self.port}"
        self.startup_seconds = 0.0
        self._started = 0.0
        self._ready = False
        self._process: subprocess.Popen[bytes] | None = None
        self._workdir: tempfile.TemporaryDirectory[str] | None = None

    def _command(self, spec: Path) -> list[str]:
        # The pinned Prism of package.json, through npx from the local install (never downloaded).
        command = ["npx", "--no-install", "prism", "mock", str(spec), "-h", LOOPBACK, "-p", str(self.port)]
        if self.dynamic:
            command += ["-d", "--seed", self.seed]
        return command

    @property
    def log_path(self) -> Path:
        """Where Prism's output goes while it runs."""
        assert self._workdir is not None
        return Path(self._workdir.name) / "prism.log"

    def log_tail(self, lines: int = 30) -> str:
        """The end of Prism's log, for error messages."""
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except (OSError, AssertionError):
            return ""

    def start(self) -> PrismMock:
        """Start Prism and wait until it answers HTTP."""
        return self.launch().wait_ready()

    def launch(self) -> PrismMock:
        """Start the Prism process without waiting for it; ``wait_ready`` waits (several can boot together)."""
        self._workdir = tempfile.TemporaryDirectory(prefix=f"prism-{self.vendor.name}-")
        spec = Path(self._workdir.name) / f"{self.vendor.name}.mock.yaml"
        view = spec_views.mock_view(spec_views.load(self.vendor.spec_path))
        spec_views.dump_yaml(spec_views.pin_success(view, self.vendor.in_band_success if self.success else ()), spec)
        self._started = time.perf_counter()
        self._ready = False
        with self.log_path.open("wb") as log:
            self._process = subprocess.Popen(
                self._command(spec),
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                env={**os.environ, "SCARF_ANALYTICS": "false", "NO_COLOR": "1"},
            )
        return self

    def wait_ready(self) -> PrismMock:
        """Wait until the launched Prism answers HTTP (at once if it already did); stop it if it never does."""
        if self._ready:
            return self
        try:
            self._wait_ready(self._started)
        except BaseException:
            self.stop()
            raise
        self._ready = True
        self.startup_seconds = time.perf_counter() - self._started
        return self

    def _wait_ready(self, started: float) -> None:
        if self._process is None:
            raise PrismError(f"the {self.vendor.name} mock is not running (never launched, or stopped)")
        with httpx.Client(timeout=1.0) as probe:
            while True:  # probed at least once: a mock launched long ago may be ready by now
                if self._process.poll() is not None:
                    raise PrismError(f"prism exited with {self._process.returncode}:\n{self.log_tail()}")
                with contextlib.suppress(httpx.TransportError):
                    probe.get(f"{self.url}/__ready__")
                    return
                if time.perf_counter() - started >= STARTUP_TIMEOUT:
                    raise PrismError(f"prism did not answer within {STARTUP_TIMEOUT:.0f}s:\n{self.log_tail()}")
                time.sleep(0.05)

    def stop(self) -> None:
        """Stop the whole process group (TERM, a grace period, then KILL) and remove the temporary files."""
        process, self._process = self._process, None
        self._ready = False
        if process is not None:
            try:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(STOP_TIMEOUT)
            finally:
                # npx and node share the group; whatever is left of it (even after a second
                # Ctrl-C interrupted the grace period) goes now.
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                deadline = time.monotonic() + STOP_TIMEOUT
                while live_group_members(process.pid) and time.monotonic() < deadline:
                    time.sleep(0.05)
        if self._workdir is not None:
            self._workdir.cleanup()
            self._workdir = None

    @property
    def running(self) -> bool:
        """Whether the Prism process is alive."""
        return self._process is not None and self._process.poll() is None

    @property
    def pid(self) -> int | None:
        """The process id (also the process group id) of the Prism process."""
        return None if self._process is None else self._process.pid

    def __enter__(self) -> PrismMock:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    """Serve one vendor's mock until interrupted."""
    parser = argparse.ArgumentParser(description="Serve a vendor's Prism mock until Ctrl-C.")
    parser.add_argument("vendor", nargs="?", help=f"one of: {', '.join(VENDORS)}")
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("--static", action="store_true", help="serve the spec's examples instead of generated data")
    args = parser.parse_args(argv)
    if args.vendor is None:
        parser.error(f"name the vendor to mock: one of {', '.join(VENDORS)}")
    (vendor,) = select([args.vendor])
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even when started in the background
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with PrismMock(vendor, dynamic=not args.static, port=args.port, success=True) as mock:
        print(f"{vendor.name} mock on {mock.url} (ready in {mock.startup_seconds:.1f}s); Ctrl-C stops it", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while mock.running:
                time.sleep(0.5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
