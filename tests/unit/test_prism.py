"""The Prism runner starts a real process on loopback and leaves nothing behind."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import httpx
import pytest

from scripts.mock import prism
from scripts.vendors import VENDORS, Vendor


def group_alive(pgid: int) -> bool:
    return bool(prism.live_group_members(pgid))


def test_serves_the_spec_and_stops_the_whole_group() -> None:
    with prism.PrismMock(VENDORS["salesmanago"], dynamic=False) as mock:
        assert mock.url.startswith("http://127.0.0.1:")
        pgid = mock.pid
        assert pgid is not None and group_alive(pgid)
        unsigned = httpx.post(f"{mock.url}/contact/upsert", json={"owner": "o@example.com"})
        assert unsigned.status_code == 422, "the mock must reject a request without the auth envelope"
        assert "sha" in unsigned.text
    assert not group_alive(pgid)
    assert not mock.running


def test_an_exception_inside_the_block_still_stops_prism() -> None:
    pgid = None
    with pytest.raises(RuntimeError, match="boom"), prism.PrismMock(VENDORS["salesmanago"]) as mock:
        pgid = mock.pid
        raise RuntimeError("boom")
    assert pgid is not None and not group_alive(pgid)


def test_a_spec_prism_cannot_load_fails_with_its_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = Vendor("broken", "Broken")
    spec = tmp_path / "broken.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: b, version: '1'}\n"
        "paths:\n  /x: {get: {responses: {'200': {$ref: '#/nowhere'}}}}\n"
    )
    monkeypatch.setattr(Vendor, "spec_path", property(lambda self: spec))
    mock = prism.PrismMock(broken)
    try:
        with pytest.raises(prism.PrismError, match="prism exited"):
            mock.start()
    finally:
        mock.stop()


def test_cli_stops_on_sigterm() -> None:
    mock = prism.PrismMock(VENDORS["salesmanago"]).start()
    pgid = mock.pid
    assert pgid is not None
    os.killpg(pgid, signal.SIGTERM)
    mock.stop()
    assert not group_alive(pgid)
