"""Static Prism mocks and fault servers in front of them, one per vendor, started once per session."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from scripts.contract.wire import manifest_of
from scripts.mock.prism import PrismMock
from scripts.vendors import VENDORS
from tests.reliability.fault_server import FaultServer


@pytest.fixture(scope="session")
def static_mocks() -> Iterator[Callable[[str], PrismMock]]:
    """``static_mocks(vendor)``: the vendor's Prism mock answering with the spec's examples
    (not random data, so a normal answer is a documented success)."""
    mocks: dict[str, PrismMock] = {}

    def get(vendor: str) -> PrismMock:
        if vendor not in mocks:
            mocks[vendor] = PrismMock(VENDORS[vendor], dynamic=False).start()
        if not mocks[vendor].running:
            pytest.fail(f"the {vendor} mock died:\n{mocks[vendor].log_tail()}")
        return mocks[vendor]

    try:
        yield get
    finally:
        for mock in mocks.values():
            mock.stop()


@pytest.fixture(scope="session")
def fault_servers(static_mocks: Callable[[str], PrismMock]) -> Iterator[Callable[[str | None], FaultServer]]:
    """``fault_servers(vendor)``: a fault server relaying normal answers to the vendor's static
    mock; ``fault_servers(None)`` answers ``{"ok": true}`` itself."""
    servers: dict[str | None, FaultServer] = {}

    def get(vendor: str | None) -> FaultServer:
        if vendor not in servers:
            if vendor is None:
                servers[vendor] = FaultServer().__enter__()
            else:
                manifest = manifest_of(VENDORS[vendor])
                servers[vendor] = FaultServer(static_mocks(vendor).url, manifest=manifest).__enter__()
        return servers[vendor]

    try:
        yield get
    finally:
        for server in servers.values():
            server.stop()
