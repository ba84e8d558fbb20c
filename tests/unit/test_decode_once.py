"""The response body is decoded once per response: the drift check reads the document the other checks decoded."""

from __future__ import annotations

import json
from typing import Any
from unittest import mock

import httpx
import salesmanago_client
from salesmanago_client.api.contact_management import contact_upsert
from salesmanago_client.models import ContactUpsertRequest

REPLY = {"success": True, "message": [], "contactId": "c-1", "externalId": None}


def _upsert() -> tuple[Any, ContactUpsertRequest]:
    """A SALESmanago client answered by ``REPLY``, and a ``contact_upsert`` body."""
    client = salesmanago_client.create_client(
        client_id="c",
        api_key="key-1234",
        api_secret="secret-1234",
        owner="o@example.com",
        base_url="https://example.test",
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json=REPLY)),
    )
    return client, ContactUpsertRequest.from_dict({"contact": {"email": "jane@example.com"}})


def test_a_signed_call_decodes_its_reply_once() -> None:
    """One ``json.loads`` of the reply for the vendor check, the shared check, drift and the parser together."""
    client, body = _upsert()
    real = json.loads
    with mock.patch("json.loads", side_effect=real) as loads:
        response = contact_upsert.sync_detailed(client=client, body=body)
    texts = [call.args[0] for call in loads.call_args_list]
    replies = [text for text in texts if (b"contactId" if isinstance(text, bytes) else "contactId") in text]
    assert response.status_code == 200
    assert len(replies) == 1


def test_a_signed_call_looks_its_operation_up_once() -> None:
    """The auth and the transport share one ``Manifest.find`` per request (``Manifest.resolve`` keeps it)."""
    from salesmanago_client._common.manifest import Manifest

    client, body = _upsert()
    with mock.patch.object(Manifest, "find", autospec=True, side_effect=Manifest.find) as find:
        response = contact_upsert.sync_detailed(client=client, body=body)
    assert response.status_code == 200
    assert [call.args[1:] for call in find.call_args_list] == [("POST", "/contact/upsert")]


def test_a_request_whose_url_changed_is_looked_up_again() -> None:
    """A kept answer belongs to the URL object it was found for: a new URL is resolved afresh."""
    from salesmanago_client._common.manifest import Manifest

    manifest = Manifest.for_package("salesmanago_client")
    request = httpx.Request("POST", "https://example.test/contact/upsert")
    first = manifest.resolve(request, "https://example.test")
    assert first is not None and first[1].operation_id == "contactUpsert"
    request.url = httpx.URL("https://example.test/no/such/operation")
    assert manifest.resolve(request, "https://example.test") is None
    assert manifest.resolve(request, "https://other.test") is None


def test_the_query_is_parsed_once_for_the_registry_and_the_validator() -> None:
    """A query call's URL is parsed once by the layer: learning credentials and validating share it."""
    import salesmsg_client
    from salesmsg_client._common.request_facts import query_params

    client = salesmsg_client.create_client(
        "token-1234",
        base_url="https://example.test",
        rate_limit=None,
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json={"results": []})),
    )
    http = client.get_httpx_client()
    request = http.build_request("GET", "/contacts/search", params={"term": "jane", "limit": 20})
    real = vars(httpx.URL)["params"]  # the property itself
    parsed: list[httpx.URL] = []

    def counting(url: httpx.URL) -> httpx.QueryParams:
        parsed.append(url)
        return real.fget(url)  # type: ignore[no-any-return]

    with mock.patch.object(httpx.URL, "params", property(counting)):
        operation = http._transport._prepare(request)  # type: ignore[attr-defined]
        assert query_params(request) is query_params(request)
    assert operation is not None and operation.operation_id == "contactsSearch"
    assert len(parsed) == 1
    request.url = request.url.copy_merge_params({"term": "john"})
    assert query_params(request)["term"] == "john"


def test_a_credential_header_is_worked_out_once_per_value() -> None:
    """The registry splits a credential header into its secrets once per value; a new value is learnt."""
    from salesmsg_client._common import redaction

    registry = redaction.Registry()
    first = httpx.Request("GET", "https://example.test/users/me", headers={"Authorization": "Bearer token-one-1234"})
    with mock.patch.object(redaction, "_header_secrets", side_effect=redaction._header_secrets) as split:
        registry.learn_request(first)
        registry.learn_request(first)
        registry.learn_request(httpx.Request("GET", "https://example.test/x", headers=dict(first.headers)))
        assert split.call_count == 1
        registry.learn_request(
            httpx.Request("GET", "https://example.test/x", headers={"Authorization": "Bearer token-two-5678"})
        )
        assert split.call_count == 2
    assert registry.redact("token-one-1234 token-two-5678") == f"{redaction.MASK} {redaction.MASK}"


def test_clients_of_a_package_compile_each_schema_once() -> None:
    """A second client of the same package reuses the manifest and the validators the first compiled."""
    import fastjsonschema
    from salesmanago_client._common.manifest import Manifest

    assert Manifest.for_package("salesmanago_client") is Manifest.for_package("salesmanago_client")
    first, body = _upsert()
    contact_upsert.sync_detailed(client=first, body=body)
    second, _ = _upsert()
    # both validators call fastjsonschema.compile through the module: one patch counts them
    with mock.patch.object(fastjsonschema, "compile", side_effect=fastjsonschema.compile) as compiles:
        response = contact_upsert.sync_detailed(client=second, body=body)
        assert response.status_code == 200
        assert compiles.call_count == 0
        with mock.patch.dict(Manifest.for_package("salesmanago_client").compiled, clear=True):  # nothing kept
            contact_upsert.sync_detailed(client=second, body=body)
        assert compiles.call_count > 0, "the check above would see a compilation"


def test_the_transports_a_client_makes_share_one_ssl_context() -> None:
    """The layer's own network transports load the CA bundle once per process, not once per client."""
    import ssl

    from salesmanago_client._common import network

    loads = ssl.SSLContext.load_verify_locations
    loaded: list[ssl.SSLContext] = []

    def counting(context: ssl.SSLContext, *args: Any, **options: Any) -> None:
        loaded.append(context)
        loads(context, *args, **options)

    network.ssl_context.cache_clear()  # as in a new process
    with mock.patch.object(ssl.SSLContext, "load_verify_locations", counting):
        network.network_transport()
        network.async_network_transport()
        network.network_transport()
        assert len(loaded) == 1
        httpx.HTTPTransport()
        assert len(loaded) == 2, "the check above would see httpx load the bundle for a transport"
