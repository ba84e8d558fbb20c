"""Through each vendor's whole client: odd answers give the same typed error in all four, sync and async.

Each vendor's real client (its profile's constructor) runs on an in-process ``httpx.MockTransport``
for the operations the fault matrix uses (``tests/reliability/targets.py``: the first idempotent
and the first side-effect operation of each spec). Every answer below must raise the error named,
with the raw response on it, from ``sync_detailed``, ``sync``, ``asyncio_detailed`` and ``asyncio``.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from scripts.contract.profiles import PROFILES
from scripts.spec import views as spec_views
from tests.reliability.targets import Target, servers_to, vendor_targets, vendor_transport

URL = "https://vendor.invalid"
DEEP = 100_000
JSON = {"content-type": "application/json"}
HTML = {"content-type": "text/html; charset=utf-8"}
ANSWERS: dict[str, tuple[int, dict[str, str], bytes, str]] = {
    # name: status, headers, body, the error expected
    "empty object": (200, JSON, b"{}", "model-or-InvalidResponseError"),
    "bare JSON string": (200, JSON, b'"oops"', "InvalidResponseError"),
    "JSON array": (200, JSON, b"[1, 2]", "InvalidResponseError"),
    "JSON null": (200, JSON, b"null", "InvalidResponseError"),
    "arrays 100,000 deep": (200, JSON, b"[" * DEEP + b"]" * DEEP, "InvalidResponseError"),
    "objects 100,000 deep": (200, JSON, b'{"a":' * DEEP + b"1" + b"}" * DEEP, "InvalidResponseError"),
    "HTML 200": (200, HTML, b"<html><body>Maintenance</body></html>", "InvalidResponseError"),
    "HTML 201 (undocumented success)": (201, HTML, b"<html><body>Created</body></html>", "InvalidResponseError"),
    "204 without a body": (204, {}, b"", "InvalidResponseError"),
    "302 redirect": (302, {"location": "https://elsewhere.invalid/login"}, b"", "APIStatusError"),
    "301 with an HTML page": (301, {**HTML, "location": "/moved"}, b"<html>Moved</html>", "APIStatusError"),
}


def _targets() -> list[Any]:
    found = []
    for _vendor, profile in sorted(PROFILES.items()):
        for target in vendor_targets(profile):
            found.append(pytest.param(profile, target, id=target.name))
    return found


TARGETS = _targets()


@functools.cache
def _servers(vendor: str) -> dict[str, str]:
    return servers_to(URL, spec_views.load(PROFILES[vendor].vendor.spec_path))


def _client(profile: Any, answer: tuple[int, dict[str, str], bytes, str]) -> Any:
    status, headers, body, _ = answer

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=headers, content=body, request=request)

    mock = httpx.MockTransport(handler)
    client = profile.make_client(URL, _servers(profile.vendor.name), mock)
    vendor_transport(client)._async = mock  # the profiles pass only a sync transport
    return client


def _calls(target: Target) -> dict[str, Callable[[Any], Any]]:
    module = importlib.import_module(target.call.__defaults__[0].__name__)  # type: ignore[index]
    arguments = target.call.__defaults__[1]  # type: ignore[index]
    calls: dict[str, Callable[[Any], Any]] = {
        "sync_detailed": target.call,
        "asyncio_detailed": lambda client: asyncio.run(target.call_async(client)),
    }
    if hasattr(module, "sync"):
        calls["sync"] = lambda client: module.sync(client=client, **arguments)
        calls["asyncio"] = lambda client: asyncio.run(module.asyncio(client=client, **arguments))
    return calls


@pytest.mark.parametrize("answer", list(ANSWERS), ids=list(ANSWERS))
@pytest.mark.parametrize(("profile", "target"), TARGETS)
def test_odd_answers_raise_the_typed_error_everywhere(profile: Any, target: Target, answer: str) -> None:
    package = importlib.import_module(profile.vendor.package)
    expected = ANSWERS[answer][3]
    for style, call in _calls(target).items():
        client = _client(profile, ANSWERS[answer])
        outcome: type[Exception] | None
        try:
            result = call(client)
        except package.APIError as error:
            outcome = type(error)
        else:
            outcome = None
        where = f"{answer} via {style}"
        if expected == "model-or-InvalidResponseError":
            assert outcome is None or issubclass(outcome, package.InvalidResponseError), f"{where}: {outcome}"
            continue
        assert outcome is not None, f"{where}: returned {result!r}"
        assert issubclass(outcome, getattr(package, expected)), f"{where}: {outcome}"
        if expected == "APIStatusError":
            assert outcome is package.APIStatusError, f"{where}: {outcome} (a 3xx is no 4xx/5xx subclass)"


@pytest.mark.parametrize(("profile", "target"), TARGETS[::2])
def test_the_error_keeps_the_raw_response_and_says_why(profile: Any, target: Target) -> None:
    package = importlib.import_module(profile.vendor.package)
    with pytest.raises(package.InvalidResponseError) as raised:
        target.call(_client(profile, ANSWERS["arrays 100,000 deep"]))
    assert raised.value.response.content.startswith(b"[[[[")
    assert "nested too deeply" in str(raised.value)
    assert raised.value.__context__ is None or raised.value.__suppress_context__
