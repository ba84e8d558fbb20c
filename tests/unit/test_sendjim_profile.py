"""The SendJim wire check of the contract harness refuses what the docs forbid (so the fuzz run can fail)."""

from __future__ import annotations

import httpx
import pytest

from scripts.contract.harness import ContractError
from scripts.contract.profiles import sendjim as profile

MOCK = "http://127.0.0.1:4010"
GOOD = {"api_version": "3", "Authorization": profile.AUTHORIZATION}


def request(method: str, path: str, headers: dict[str, str], body: object = None) -> httpx.Request:
    return httpx.Request(method, MOCK + path, headers=headers, json=body)


def test_a_well_formed_request_passes() -> None:
    profile.check_sendjim_request(request("DELETE", "/contact/5/tag", GOOD, {"TagName": "Test Tag"}))
    profile.check_sendjim_request(request("GET", "/user", GOOD))
    grant = {"ClientKey": "k", "ClientSecret": "s", "RequestToken": "r"}
    profile.check_sendjim_request(request("POST", "/OAuth/Grant", {"api_version": "3"}, grant))


@pytest.mark.parametrize(
    ("built", "message"),
    [
        (request("GET", "/user", {"Authorization": profile.AUTHORIZATION}), "api_version"),
        (request("GET", "/user", {**GOOD, "api_version": "4"}), "api_version"),
        (request("GET", "/user", {"api_version": "3", "Authorization": "Bearer wrong"}), "Authorization"),
        (request("GET", "/user", {"api_version": "3"}), "Authorization"),
        (request("DELETE", "/contact/5/tag", GOOD), "no request body|JSON body|application/json"),
        (request("DELETE", "/contact/5/tag", GOOD, {"TagName": ""}), "TagName"),
        (request("POST", "/OAuth/Grant", GOOD, {"ClientKey": "k"}), "takes no Authorization"),
        (request("GET", "/user", GOOD, {"x": 1}), "no request body"),
        (request("GET", "/nowhere", GOOD), "no operation"),
    ],
)
def test_a_breach_is_refused(built: httpx.Request, message: str) -> None:
    with pytest.raises(ContractError, match=message):
        profile.check_sendjim_request(built)


def test_the_secret_in_clear_is_refused() -> None:
    body = {"TagName": profile.SENDJIM_CREDENTIALS["client_secret"]}
    with pytest.raises(ContractError, match="in clear"):
        profile.check_sendjim_request(request("POST", "/contact/5/tag", GOOD, body))
