"""The live probe: skipped without credentials; against a loopback stand-in that answers off-spec (issue 11)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from scripts.traffic import live

TOKEN = "sentinel-live-token-42"


ANSWERS: dict[str, object] = {
    "me": {"id": 3, "favourite_colour": "teal"},  # a field the spec does not describe
    "teams": {"message": "teapot"},  # with a status the spec does not describe
    "numbers": [],
    "members": [],
}


class OffSpec(BaseHTTPRequestHandler):
    """Answers every Salesmsg read, slightly off-spec: an extra field on /users/me, 418 on /teams."""

    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen.append(self.path)
        path = self.path.split("?", 1)[0]
        status, body = 200, ANSWERS.get(path.rsplit("/", 1)[-1], {"id": 3})
        if path.endswith("/teams"):
            status = 418
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_POST(self) -> None:
        self.seen.append("POST " + self.path)
        self.send_response(500)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def stand_in() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), OffSpec)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    OffSpec.seen = []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_without_credentials_it_skips_with_a_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert live.main(["salesmsg"], environ={}) == 0
    assert "skipped: set SALESMSG_TOKEN" in capsys.readouterr().out


def test_only_safe_reads_are_chosen() -> None:
    chosen = {(method, path) for method, path, _body in live.safe_operations("salesmsg")}
    assert ("GET", "/users/me") in chosen and ("GET", "/teams") in chosen
    assert all(method == "GET" for method, _path in chosen)
    assert ("GET", "/contacts") not in chosen  # deprecated
    assert ("GET", "/contacts/search") not in chosen  # a required query parameter
    named = {(m, p) for m, p, _b in live.safe_operations("salesmsg", frozenset({"tagsCreate"}))}
    assert ("POST", "/tags") in named


def test_against_an_off_spec_stand_in_it_records_and_reports(
    stand_in: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    har = tmp_path / "live.har"
    env = {"SALESMSG_TOKEN": TOKEN, "SALESMSG_BASE_URL": stand_in}
    assert live.main(["salesmsg", "--har", str(har)], environ=env) == 1
    out = capsys.readouterr().out
    assert "! field-undocumented: usersMe 200 favourite_colour" in out
    assert "! status-undocumented: teamsList 418" in out
    assert not [path for path in OffSpec.seen if path.startswith("POST")]  # nothing with a side effect
    assert TOKEN not in har.read_text() and TOKEN not in out
