"""The async-export helper: start, poll job/status, return the file URL, or time out."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
import salesmanago_client
from salesmanago_client.api.contact_management import contact_export_data
from salesmanago_client.models import ContactExportDataRequest

from tests.unit.salesmanago_fakes import Clock, FakeServer, make_client

FILE_URL = "https://storage.example/export.json"
BODY = ContactExportDataRequest.from_dict(
    {
        "owner": "o@example.com",
        "contacts": [{"addresseeType": "EMAIL", "value": "a@example.com"}],
        "data": [{"dataType": "TAG"}],
    }
)


class ExportServer(FakeServer):
    """Starts export 77; job/status answers "not yet" ``pending`` times, then gives the file."""

    def __init__(self, pending: int) -> None:
        super().__init__(reply=self.answer)
        self.pending = pending

    def answer(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/contact/export/data"):
            return httpx.Response(200, json={"success": True, "message": [], "requestId": 77})
        assert json.loads(request.content)["requestId"] == 77
        if self.pending > 0:
            self.pending -= 1
            return httpx.Response(200, json={"success": True, "message": ["Job not start yet"]})
        return httpx.Response(200, json={"success": True, "message": [], "fileUrl": FILE_URL})


class Sleeper:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.pauses: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.clock.now += seconds


def test_polls_until_the_file_is_ready_at_the_documented_interval() -> None:
    server, clock = ExportServer(pending=2), Clock(0.0)
    sleeper = Sleeper(clock)
    client = make_client(server)
    url = salesmanago_client.run_export(
        client, lambda: contact_export_data.sync(client=client, body=BODY), sleep=sleeper, clock=clock
    )
    assert url == FILE_URL
    assert sleeper.pauses == [60.0, 60.0]
    assert [request.url.path for request in server.received] == ["/api/contact/export/data"] + ["/api/job/status"] * 3


def test_times_out_with_the_request_id() -> None:
    server, clock = ExportServer(pending=100), Clock(0.0)
    sleeper = Sleeper(clock)
    client = make_client(server)
    with pytest.raises(salesmanago_client.ExportTimeoutError) as raised:
        salesmanago_client.run_export(
            client, lambda: contact_export_data.sync(client=client, body=BODY),
            interval=10, timeout=25, sleep=sleeper, clock=clock,
        )  # fmt: skip
    assert raised.value.request_id == 77
    assert sleeper.pauses == [10.0, 10.0, 5.0]
    assert len(server.received) == 1 + 4


def test_async_twin() -> None:
    server, clock = ExportServer(pending=1), Clock(0.0)
    pauses: list[float] = []

    async def sleep(seconds: float) -> None:
        pauses.append(seconds)
        clock.now += seconds

    client = make_client(server)
    url = asyncio.run(
        salesmanago_client.run_export_async(
            client, lambda: contact_export_data.asyncio(client=client, body=BODY), interval=5, sleep=sleep, clock=clock
        )
    )
    assert url == FILE_URL
    assert pauses == [5]


@pytest.mark.parametrize(("interval", "timeout"), [(0, 10), (10, 0)])
def test_rejects_non_positive_timings(interval: float, timeout: float) -> None:
    client = make_client(ExportServer(pending=0))
    with pytest.raises(ValueError, match=r"interval|timeout"):
        salesmanago_client.run_export(client, lambda: None, interval=interval, timeout=timeout)
