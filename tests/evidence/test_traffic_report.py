"""The traffic-drift report on hand-made HAR files, the recorder's redaction, broken HAR files (issue 11)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from salesmsg_client import create_client
from salesmsg_client.api.contacts import contacts_get
from salesmsg_client.api.tags import tags_create

from scripts.spec import views as spec_views
from scripts.traffic.__main__ import main
from scripts.traffic.har import HarError, load
from scripts.traffic.report import build
from scripts.vendors import VENDORS

BASE = "https://api.salesmessage.com/pub/v2.2"
PAT = "sentinel-pat-7f3a9c"  # a credential that must never reach a recording


def entry(method: str, url: str, status: int, body: Any, *, media: str = "application/json") -> dict[str, Any]:
    """A browser-style HAR entry (devtools and mitmproxy write the same fields)."""
    text = body if isinstance(body, str) else json.dumps(body)
    return {
        "startedDateTime": "2026-12-01T10:00:00.000Z",
        "time": 12.5,
        "request": {
            "method": method,
            "url": url,
            "httpVersion": "HTTP/2",
            "headers": [
                {"name": ":authority", "value": "api.salesmessage.com"},
                {"name": "Authorization", "value": "Bearer x"},
            ],
            "queryString": [],
            "cookies": [],
            "headersSize": -1,
            "bodySize": 0,
        },
        "response": {
            "status": status,
            "statusText": "",
            "httpVersion": "HTTP/2",
            "headers": [{"name": "content-type", "value": media}],
            "cookies": [],
            "content": {"size": len(text), "mimeType": media, "text": text},
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": -1,
        },
        "cache": {},
        "timings": {"send": 0, "wait": 12.5, "receive": 0},
    }


def write(path: Path, *entries: dict[str, Any]) -> Path:
    path.write_text(json.dumps({"log": {"version": "1.2", "creator": {"name": "test"}, "entries": list(entries)}}))
    return path


CONTACT = {"id": 7, "first_name": "Ann", "number": "+15125550199"}
KINDS = {
    "operation-missing: GET /teams/all": entry("GET", f"{BASE}/teams/all", 200, []),
    "request-rejected: numbersList: limit: maximum": entry("GET", f"{BASE}/numbers?limit=500", 200, []),
    "status-undocumented: contactsGet 418": entry("GET", f"{BASE}/contacts/7", 418, {"message": "teapot"}),
    "content-type-undocumented: contactsGet 200 text/html": entry(
        "GET", f"{BASE}/contacts/7", 200, "<html></html>", media="text/html"
    ),
    "field-undocumented: contactsGet 200 shoe_size": entry(
        "GET", f"{BASE}/contacts/7", 200, {**CONTACT, "shoe_size": 44}
    ),
    "type-undocumented: contactsGet 200 id": entry("GET", f"{BASE}/contacts/7", 200, {**CONTACT, "id": "seven"}),
}


@pytest.mark.parametrize("expected", sorted(KINDS))
def test_each_drift_kind_is_reported_exactly_once(expected: str, tmp_path: Path) -> None:
    har = write(tmp_path / "one.har", KINDS[expected], KINDS[expected])  # twice the same exchange: one item
    report = build(load(har), "salesmsg")
    assert [item for _vendor, item in report.items] == [expected]
    assert report.items[("salesmsg", expected)] == 2
    assert main([str(har)]) == 1  # found by host, unacknowledged


def _with_channel(node: Any) -> bool:
    if isinstance(node, dict):
        return node.get("channelType") == "SMS" or any(_with_channel(value) for value in node.values())
    return isinstance(node, list) and any(_with_channel(value) for value in node)


def test_an_enum_value_the_spec_does_not_know(tmp_path: Path) -> None:
    """A SALESmanago reply from the spec's own examples, with one channelType the spec does not list."""
    spec = spec_views.load(VENDORS["salesmanago"].spec_path)
    reply: dict[str, Any] = {}
    for _method, path, operation in spec_views.operations(spec):  # noqa: B007  (path and operation used below)
        replies = operation["responses"]["200"]["content"]["application/json"].get("examples", {})
        reply = next(iter(replies.values()), {})
        asked = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("examples", {})
        if _with_channel(reply.get("value")) and asked:
            break
    text = json.dumps(reply["value"]).replace('"channelType": "SMS"', '"channelType": "PIGEON"', 1)
    sent = entry("POST", f"https://www.salesmanago.com/api{path}", 200, text)
    sent["request"]["postData"] = {
        "mimeType": "application/json",
        "text": json.dumps(next(iter(asked.values()))["value"]),
    }
    items = [item for _vendor, item in build(load(write(tmp_path / "enum.har", sent)), None).items]
    assert len(items) == 1 and items[0].startswith(f"enum-value-undocumented: {operation['operationId']} 200 ")
    assert items[0].endswith("channelType")


def test_an_observed_operation_that_answers_is_confirmed(tmp_path: Path) -> None:
    har = write(tmp_path / "ok.har", entry("GET", f"{BASE}/users/me", 200, {"id": 3}))
    report = build(load(har), None)
    assert not report.items
    assert ("salesmsg", "confirmed: usersMe (observed)") in report.confirmed
    assert main([str(har)]) == 0


def test_a_truncated_har_names_the_entry(tmp_path: Path) -> None:
    whole = write(
        tmp_path / "whole.har", KINDS["status-undocumented: contactsGet 418"], entry("GET", f"{BASE}/users/me", 200, {})
    )
    cut = tmp_path / "cut.har"
    text = whole.read_text()
    cut.write_text(text[: text.rindex("startedDateTime") + 40])
    with pytest.raises(HarError, match=r"cut\.har: not valid JSON at entry 1"):
        load(cut)
    assert main([str(cut)]) == 2


def test_an_entry_without_a_url_is_named(tmp_path: Path) -> None:
    broken = entry("GET", f"{BASE}/users/me", 200, {})
    del broken["request"]["url"]
    with pytest.raises(HarError, match=r"entry 1: request\.url is missing"):
        load(write(tmp_path / "b.har", entry("GET", f"{BASE}/users/me", 200, {}), broken))


def test_a_recording_masks_every_credential(tmp_path: Path) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/tags"):
            return httpx.Response(200, json={"id": 1, "label": "t", "access_token": "sentinel-handed-out-1234"})
        return httpx.Response(200, json=CONTACT)

    har = tmp_path / "rec.har"
    client = create_client(PAT, transport=httpx.MockTransport(answer), rate_limit=None).with_recording(har)
    contacts_get.sync_detailed(7, client=client)
    tags_create.sync_detailed(client=client, label=f"x{PAT}")  # the PAT even in a field value
    text = har.read_text()
    assert PAT not in text and "sentinel-handed-out-1234" not in text
    assert "Bearer <redacted>" in text
    exchanges = load(har)
    assert [e.request.method for e in exchanges] == ["GET", "POST"]
    assert json.loads(exchanges[0].response.content) == CONTACT


def test_the_recording_is_bounded(tmp_path: Path) -> None:
    from salesmsg_client._common.recording import Recorder

    recorder = Recorder(tmp_path / "bounded.har", max_entries=3, max_body=10)
    client = create_client(
        PAT, transport=httpx.MockTransport(lambda r: httpx.Response(200, json=CONTACT)), rate_limit=None
    )
    client = client.with_recording(recorder)
    for _ in range(5):
        contacts_get.sync_detailed(7, client=client)
    log = json.loads((tmp_path / "bounded.har").read_text())["log"]
    assert len(log["entries"]) == 3 and log["comment"] == "2 older entries dropped"
    assert len(log["entries"][0]["response"]["content"]["text"]) == 10
