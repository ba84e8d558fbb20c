"""The Salesmsg constructor, its error bodies, the 429 handling and the rate limiter in a client."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable

import httpx
import pytest
import salesmsg_client
from salesmsg_client.api.contacts import contacts_get
from salesmsg_client.api.messages import messages_send
from salesmsg_client.api.users import users_me
from salesmsg_client.client import Client
from salesmsg_client.models.message import Message
from salesmsg_client.models.user import User

from tests.fake_clock import SimulatedClock

PAT = "pat-s3ntinel-0123456789"
USER = {"id": 1207}
MESSAGE = {"id": 88120501, "status": "queued"}


def pat_client(handler: Callable[[httpx.Request], httpx.Response], **kwargs: object) -> Client:
    options: dict[str, object] = {"rate_limit": None, **kwargs}
    return salesmsg_client.create_client(PAT, transport=httpx.MockTransport(handler), **options)  # type: ignore[arg-type]


def answer(status: int, **kwargs: object) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, **kwargs)  # type: ignore[arg-type]

    return handle


# --- constructor -------------------------------------------------------------------------------


def test_a_pat_is_one_call_and_goes_in_the_bearer_header_only() -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=USER)

    client = pat_client(handle)
    user = users_me.sync(client=client)
    assert isinstance(user, User) and user.id == 1207
    (request,) = seen
    assert str(request.url) == "https://api.salesmessage.com/pub/v2.2/users/me"
    assert request.headers["authorization"] == f"Bearer {PAT}"
    assert PAT not in repr(client) + repr(client.get_httpx_client()) + repr(client.get_httpx_client()._auth)


@pytest.mark.parametrize(
    ("token", "kwargs", "message"),
    [
        ("", {}, "token must be a personal access token"),
        ("  ", {}, "token must be a personal access token"),
        (PAT, {"client_id": "269"}, "pass a TokenSet"),
        (PAT, {"on_refresh": print}, "pass a TokenSet"),
        (salesmsg_client.TokenSet("a", "r"), {"client_id": "269"}, "client_secret is required"),
        (salesmsg_client.TokenSet("a", "r"), {"client_secret": "s"}, "client_id is required"),
        (salesmsg_client.TokenSet("a", "r"), {"on_refresh": print}, "on_refresh needs client_id"),
        (salesmsg_client.TokenSet("a", "r"), {"client_id": "", "client_secret": "s"}, "client_id must be"),
        (PAT, {"rate_limit": 0}, "rate_limit must be"),
    ],
)
def test_bad_constructor_arguments_name_the_argument(token: object, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message) as error:
        salesmsg_client.create_client(token, **kwargs)  # type: ignore[arg-type]
    assert PAT not in str(error.value)


def test_a_token_set_without_client_credentials_is_sent_as_is() -> None:
    seen: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200, json=USER)

    tokens = salesmsg_client.TokenSet("oauth-access", "oauth-refresh", expires_at=0.0)  # long expired
    client = salesmsg_client.create_client(tokens, transport=httpx.MockTransport(handle), rate_limit=None)
    users_me.sync(client=client)
    assert seen == ["Bearer oauth-access"]  # no refresh attempted without client credentials


# --- error bodies --------------------------------------------------------------------------------


def test_an_html_error_page_gives_a_typed_error_with_its_visible_text() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>403 Forbidden</title><style>body{color:red}</style></head>"
        "<body><h1>Forbidden</h1><p>You don&#039;t have access.</p></body></html>"
    )
    client = pat_client(answer(403, text=page, headers={"content-type": "text/html; charset=UTF-8"}))
    with pytest.raises(salesmsg_client.PermissionDeniedError) as error:
        users_me.sync(client=client)
    assert error.value.status_code == 403
    assert "HTTP 403: HTML page: 403 Forbidden Forbidden You don't have access." in str(error.value)
    assert "<" not in str(error.value) and "color:red" not in str(error.value)


def test_a_null_message_gives_a_typed_error_with_an_excerpt() -> None:
    client = pat_client(answer(500, json={"message": None}))
    with pytest.raises(salesmsg_client.ServerError) as error:
        users_me.sync(client=client)
    assert error.value.status_code == 500
    assert 'HTTP 500: {"message":null}' in str(error.value)


def test_a_json_message_is_the_error_text() -> None:
    body = {"message": "Could not decode token: Syntax error", "auth_required": True}
    client = pat_client(answer(403, json=body))
    with pytest.raises(salesmsg_client.APIStatusError, match="HTTP 403: Could not decode token: Syntax error"):
        contacts_get.sync(771204, client=client)


def test_a_success_that_is_not_json_is_an_invalid_response() -> None:
    client = pat_client(answer(200, text="<html>maintenance</html>"))
    with pytest.raises(salesmsg_client.InvalidResponseError, match="non-JSON"):
        users_me.sync(client=client)


def test_a_long_html_page_is_cut_short() -> None:
    client = pat_client(answer(403, text="<html><body>" + "word " * 500 + "</body></html>"))
    with pytest.raises(salesmsg_client.APIStatusError) as error:
        users_me.sync(client=client)
    assert len(str(error.value)) < 400 and "…" in str(error.value)


# --- 429 -------------------------------------------------------------------------------------------


def retry_on(clock: SimulatedClock) -> salesmsg_client.RetryPolicy:
    return dataclasses.replace(salesmsg_client.DEFAULT_RETRY, sleep=clock.sleep, async_sleep=clock.async_sleep)


def sequence(*responses: httpx.Response) -> tuple[Callable[[httpx.Request], httpx.Response], list[httpx.Request]]:
    seen: list[httpx.Request] = []
    queue = list(responses)

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return queue.pop(0)

    return handle, seen


def test_a_429_without_retry_after_waits_the_documented_minute_then_retries() -> None:
    clock = SimulatedClock()
    handle, seen = sequence(httpx.Response(429, json={"message": "Too Many Attempts."}), httpx.Response(200, json=USER))
    client = pat_client(handle, retry=retry_on(clock))
    assert users_me.sync(client=client) is not None
    assert clock.sleeps == [60.0] and len(seen) == 2


def test_a_429_send_is_retried_after_retry_after_even_though_it_is_a_post() -> None:
    clock = SimulatedClock()
    throttled = httpx.Response(429, headers={"Retry-After": "7"}, json={"message": "Too Many Attempts."})
    handle, seen = sequence(throttled, httpx.Response(200, json=MESSAGE))
    client = pat_client(handle, retry=retry_on(clock))
    sent = messages_send.sync(client=client, number="+15125550199", team_id=9034, message="hi")
    assert isinstance(sent, Message) and sent.id == 88120501
    assert clock.sleeps == [7.0]
    assert [request.url for request in seen] == [seen[0].url] * 2  # the same query both times


def test_a_persistent_429_gives_up_after_a_bounded_number_of_attempts() -> None:
    clock = SimulatedClock()
    handle, seen = sequence(*(httpx.Response(429, json={"message": "Too Many Attempts."}) for _ in range(3)))
    client = pat_client(handle, retry=retry_on(clock))
    with pytest.raises(salesmsg_client.RateLimitError, match="HTTP 429: Too Many Attempts"):
        users_me.sync(client=client)
    assert len(seen) == salesmsg_client.DEFAULT_RETRY.max_attempts == 3
    assert clock.sleeps == [60.0, 60.0]


def test_the_default_policy_is_the_documented_block() -> None:
    assert salesmsg_client.DEFAULT_RETRY.rate_limit_wait == 60.0
    assert salesmsg_client.DEFAULT_RETRY.max_retry_after >= 60.0


# --- rate limiter in the client ----------------------------------------------------------------------


def test_two_clients_sharing_a_limiter_stay_under_the_limit_together() -> None:
    clock = SimulatedClock()
    shared = salesmsg_client.RateLimiter(3, 60.0, clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep)
    handle = answer(200, json=USER)
    first = salesmsg_client.create_client(PAT, transport=httpx.MockTransport(handle), limiter=shared)
    second = salesmsg_client.create_client("other-pat", transport=httpx.MockTransport(handle), limiter=shared)
    for client in (first, second, first):
        users_me.sync(client=client)
    assert clock.sleeps == []
    users_me.sync(client=second)  # the fourth request of the account in this minute
    assert clock.sleeps == [60.0]


def test_each_attempt_waits_for_the_limiter_and_async_calls_too() -> None:
    clock = SimulatedClock()
    limiter = salesmsg_client.RateLimiter(1, 60.0, clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep)
    responses = [httpx.Response(503, headers={"Retry-After": "0"}), httpx.Response(200, json=USER)]

    async def handle(request: httpx.Request) -> httpx.Response:
        return responses.pop(0)

    client = salesmsg_client.create_client(
        PAT, async_transport=httpx.MockTransport(handle), limiter=limiter, retry=retry_on(clock)
    )
    assert asyncio.run(users_me.asyncio(client=client)) is not None
    assert clock.sleeps == [0.0, 60.0]  # Retry-After 0, then the limiter holds the retry to 1 a minute


def test_the_client_is_limited_to_sixty_a_minute_by_default() -> None:
    client = pat_client(answer(200, json=USER), rate_limit=60)
    limiter = client.get_httpx_client()._transport.limiter  # type: ignore[attr-defined]
    assert (limiter.limit, limiter.per) == (60, 60.0)


def test_a_429_pauses_every_client_sharing_the_limiter() -> None:
    clock = SimulatedClock()
    shared = salesmsg_client.RateLimiter(60, 60.0, clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep)
    throttled = answer(429, headers={"Retry-After": "30"}, json={"message": "Too Many Attempts."})
    refused = salesmsg_client.create_client(
        PAT, transport=httpx.MockTransport(throttled), limiter=shared, retry=salesmsg_client.NO_RETRY
    )
    other = salesmsg_client.create_client(
        "other-pat", transport=httpx.MockTransport(answer(200, json=USER)), limiter=shared
    )
    with pytest.raises(salesmsg_client.RateLimitError):
        users_me.sync(client=refused)
    assert clock.sleeps == []
    users_me.sync(client=other)  # well under 60 a minute, yet the account is blocked
    assert clock.sleeps == [30.0]


def test_a_429_without_retry_after_pauses_the_limiter_for_the_documented_minute() -> None:
    clock = SimulatedClock()
    shared = salesmsg_client.RateLimiter(60, 60.0, clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep)
    handle, seen = sequence(httpx.Response(429, json={"message": "Too Many Attempts."}), httpx.Response(200, json=USER))
    client = salesmsg_client.create_client(
        PAT, transport=httpx.MockTransport(handle), limiter=shared, retry=retry_on(clock)
    )
    assert users_me.sync(client=client) is not None
    assert clock.sleeps == [60.0] and len(seen) == 2  # the retry's wait; the limiter adds none on top
    assert shared.reserve() == 0.0


# --- secrets -----------------------------------------------------------------------------------------


def test_the_constructor_registers_its_secrets_for_masking() -> None:
    registry = salesmsg_client._common.redaction.REGISTRY
    pat = "pat-registered-s3ntinel-4711"
    salesmsg_client.create_client(pat, rate_limit=None)
    tokens = salesmsg_client.TokenSet("access-registered-s3ntinel", "refresh-registered-s3ntinel", 0.0)
    salesmsg_client.create_client(tokens, client_id="269", client_secret="secret-registered-s3ntinel")
    for secret in (pat, tokens.access_token, tokens.refresh_token, "secret-registered-s3ntinel"):
        assert secret in registry
    echoed = answer(400, json={"message": f"bad token {pat}"})
    with pytest.raises(salesmsg_client.BadRequestError) as error:
        users_me.sync(client=salesmsg_client.create_client(pat, transport=httpx.MockTransport(echoed)))
    assert pat not in str(error.value) and "<redacted>" in str(error.value)
