"""200 concurrent async calls per client against its mock, all through one client.

A vendor whose profile has an ``expired_token_client`` (the OAuth vendors) is also driven from
an expired token: the 200 calls must share one refresh.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from scripts.contract.profiles import PROFILES
from scripts.mock.prism import PrismMock
from scripts.spec import views as spec_views
from tests.reliability.targets import Target, servers_to, vendor_targets

CALLS = 200
TARGETS = [targets[0] for targets in (vendor_targets(profile) for profile in PROFILES.values()) if targets]
# An ordinary API call on the bearer token: the first side-effect operation may be the token
# endpoint itself (myCRMSIM's oauthToken takes Basic client auth and never refreshes).
OAUTH_TARGETS = [
    targets[-1]
    for targets in (vendor_targets(profile) for profile in PROFILES.values() if profile.expired_token_client)
    if targets
]
LENIENT = httpx.Timeout(60.0, connect=10.0)  # 200 calls queue on a 100-connection pool and one node process


async def _many(call: Callable[[], Any]) -> list[Any]:
    return await asyncio.gather(*(call() for _ in range(CALLS)), return_exceptions=True)


def _failures(results: list[Any]) -> list[str]:
    return sorted({repr(result) for result in results if isinstance(result, BaseException)})


@pytest.mark.parametrize("target", TARGETS, ids=[target.name for target in TARGETS])
def test_200_concurrent_async_calls_complete(static_mocks: Callable[[str], PrismMock], target: Target) -> None:
    assert target.upstream is not None
    client = target.build(static_mocks(target.upstream).url).with_timeout(LENIENT)
    results = asyncio.run(_many(lambda: target.call_async(client)))
    assert _failures(results) == []
    assert all(result.status_code < 300 for result in results)


@pytest.mark.parametrize("target", OAUTH_TARGETS, ids=[target.name for target in OAUTH_TARGETS])
def test_an_expired_token_is_refreshed_once_for_200_concurrent_calls(
    static_mocks: Callable[[str], PrismMock], target: Target
) -> None:
    assert target.upstream is not None
    hook = PROFILES[target.upstream].expired_token_client
    assert hook is not None
    url = static_mocks(target.upstream).url
    spec = spec_views.load(PROFILES[target.upstream].vendor.spec_path)
    client, refreshes = hook(url, servers_to(url, spec))
    client = client.with_timeout(LENIENT)
    results = asyncio.run(_many(lambda: target.call_async(client)))
    assert _failures(results) == []
    assert refreshes() == 1
