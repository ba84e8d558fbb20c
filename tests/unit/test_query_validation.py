"""Query parameters are checked against the spec before sending, as bodies are: the error names the parameter."""

from __future__ import annotations

import httpx
import pytest
import salesmsg_client
import sendjim_client
from salesmsg_client.api.messages import messages_send
from sendjim_client.api.neighbors import neighbors_by_radius_count


class Recorder:
    """A network transport that refuses every request (400) and keeps what reached it."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return httpx.Response(400, json={"message": "refused by the test server"})


def salesmsg(recorder: Recorder) -> salesmsg_client.Client:
    return salesmsg_client.create_client("pat-sentinel", transport=httpx.MockTransport(recorder))


def sendjim(recorder: Recorder) -> sendjim_client.Client:
    return sendjim_client.create_client(
        client_key="key", client_secret="secret", transport=httpx.MockTransport(recorder)
    )


def test_an_empty_required_query_parameter_is_refused_naming_it() -> None:
    recorder = Recorder()
    with pytest.raises(salesmsg_client.RequestValidationError, match="'number'") as error:
        messages_send.sync_detailed(client=salesmsg(recorder), number="", team_id=9034, message="Hi")
    assert (error.value.field, error.value.rule) == ("number", "minLength")
    assert recorder.sent == []


def test_every_repeated_media_url_is_checked() -> None:
    recorder = Recorder()
    media = ["https://cdn.example/a.jpg", "not a url"]
    with pytest.raises(salesmsg_client.RequestValidationError) as error:
        messages_send.sync_detailed(client=salesmsg(recorder), number="+15125550199", team_id=1, media_urlurl=media)
    assert error.value.field == "media_url[][url].1"
    assert "not a url" not in str(error.value)
    assert recorder.sent == []


def test_mailing_address_query_fields_are_required_before_sending() -> None:
    recorder = Recorder()
    with pytest.raises(sendjim_client.RequestValidationError, match="'city'"):
        neighbors_by_radius_count.sync_detailed(
            client=sendjim(recorder),
            street_address="123 Main St",
            city="",
            state="IL",
            postal_code="62701",
            radius_in_meters=500,
        )
    assert recorder.sent == []


def test_a_valid_query_goes_out_with_typed_values_checked() -> None:
    recorder = Recorder()
    with pytest.raises(salesmsg_client.BadRequestError, match="refused by the test server"):
        messages_send.sync_detailed(
            client=salesmsg(recorder),
            number="+15125550199",
            team_id=9034,
            media_urlurl=["https://cdn.example/a.jpg", "https://cdn.example/b.jpg"],
        )
    (sent,) = recorder.sent
    assert sent.url.params.get_list("media_url[][url]") == ["https://cdn.example/a.jpg", "https://cdn.example/b.jpg"]
    assert sent.url.params["team_id"] == "9034"
