"""Retry-After and other numeric header/callback values are read with an ASCII-only rule."""

from __future__ import annotations

import httpx
import pytest
import salesmsg_client
from salesmsg_client._common.errors import retry_after


@pytest.mark.parametrize("value", ["²", "³", "٣", "１", "5²", "𝟠", "Ⅻ", "9" * 400])
def test_unicode_or_huge_digits_never_crash(value: str) -> None:
    response = httpx.Response(429, headers=[(b"Retry-After", value.encode())])
    result = retry_after(response)
    assert result is None or result == float("inf") or result > 1e300


@pytest.mark.parametrize(("value", "seconds"), [("0", 0.0), ("7", 7.0), (" 12 ", 12.0)])
def test_ascii_delta_seconds_are_read(value: str, seconds: float) -> None:
    assert retry_after(httpx.Response(429, headers=[(b"Retry-After", value.encode())])) == seconds


def test_a_429_with_a_unicode_digit_is_a_typed_error_not_a_value_error() -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers=[(b"Retry-After", "²".encode())], json={"message": "slow down"})

    transport = httpx.MockTransport(reply)
    client = salesmsg_client.create_client(
        "pat-token-value", transport=transport, retry=salesmsg_client.RetryPolicy(max_attempts=2, sleep=lambda s: None)
    )
    from salesmsg_client.api.teams import teams_list

    with pytest.raises(salesmsg_client.RateLimitError) as caught:
        teams_list.sync_detailed(client=client)
    assert caught.value.retry_after is None
