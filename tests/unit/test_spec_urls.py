"""A parameterless spec path is joined to the base URL once per client, exactly as httpx joins it."""

from __future__ import annotations

import asyncio
import importlib
from types import ModuleType
from unittest import mock

import httpx
import pytest
import salesmanago_client
from salesmanago_client.api.contact_management import contact_upsert
from salesmanago_client.models import ContactUpsertRequest

from scripts.vendors import VENDORS

BASES = [
    "https://api.example.test",
    "https://api.example.test/",
    "https://api.example.test/sub/v2",
    "http://127.0.0.1:4010/x/",
]


def _package(name: str) -> ModuleType:
    return importlib.import_module(VENDORS[name].package)


@pytest.mark.parametrize("vendor", sorted(VENDORS))
@pytest.mark.parametrize("base", BASES)
def test_every_parameterless_path_joins_as_httpx_joins_it(vendor: str, base: str) -> None:
    """For each operation without path parameters, the kept URL is the one httpx builds from the relative path."""
    package = _package(vendor)
    requests = importlib.import_module(f"{package.__name__}._common.requests")
    manifest = importlib.import_module(f"{package.__name__}._common.manifest").Manifest.for_package(package.__name__)
    plain = httpx.Client(base_url=base)
    spec_urls = requests.SpecURLs()
    paths = [operation.path for operation in manifest.operations if not operation.path_names]
    assert paths, f"{vendor} has no operation without path parameters"
    for path in paths:
        assert spec_urls.absolute(plain.base_url, path) == plain.build_request("GET", path).url, path


def _signed_client(seen: list[httpx.Request]) -> salesmanago_client.Client:
    """A SALESmanago client under ``/api`` whose sync and async transports record each request."""

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"success": True, "message": [], "contactId": "c-1"})

    return salesmanago_client.create_client(
        client_id="c",
        api_key="key-1234",
        api_secret="secret-1234",
        owner="o@example.com",
        base_url="https://example.test/api",
        transport=httpx.MockTransport(answer),
        async_transport=httpx.MockTransport(answer),
    )


BODY = ContactUpsertRequest.from_dict({"contact": {"email": "jane@example.com"}})


def test_a_second_call_does_not_join_the_url_again() -> None:
    """The second call of an operation reuses the joined URL: httpx copies no URL for it."""
    seen: list[httpx.Request] = []
    client = _signed_client(seen)
    contact_upsert.sync_detailed(client=client, body=BODY)
    with mock.patch.object(httpx.URL, "copy_with", autospec=True, side_effect=httpx.URL.copy_with) as copies:
        contact_upsert.sync_detailed(client=client, body=BODY)
    assert [str(request.url) for request in seen] == ["https://example.test/api/contact/upsert"] * 2
    assert copies.call_count == 0


def test_a_new_base_url_is_joined_afresh() -> None:
    """Changing the httpx client's ``base_url`` sends the next call there, not to the kept URL."""
    seen: list[httpx.Request] = []
    client = _signed_client(seen)
    contact_upsert.sync_detailed(client=client, body=BODY)
    client.get_httpx_client().base_url = httpx.URL("https://other.test/api")
    contact_upsert.sync_detailed(client=client, body=BODY)
    assert [str(request.url) for request in seen] == [
        "https://example.test/api/contact/upsert",
        "https://other.test/api/contact/upsert",
    ]


def test_the_async_client_joins_once_too() -> None:
    """``CheckedAsyncClient`` keeps the joined URL like the sync client: its second call copies no URL."""
    seen: list[httpx.Request] = []
    client = _signed_client(seen)

    async def twice() -> int:
        await contact_upsert.asyncio_detailed(client=client, body=BODY)
        with mock.patch.object(httpx.URL, "copy_with", autospec=True, side_effect=httpx.URL.copy_with) as copies:
            await contact_upsert.asyncio_detailed(client=client, body=BODY)
        return copies.call_count

    assert asyncio.run(twice()) == 0
    assert [str(request.url) for request in seen] == ["https://example.test/api/contact/upsert"] * 2
