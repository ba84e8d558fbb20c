"""The Salesmsg wire check of the contract harness rejects what the docs rule out."""

from __future__ import annotations

import json

import httpx
import pytest

from scripts.contract.harness import ContractError
from scripts.contract.profiles import salesmsg as profile

BASE = "http://mock.test"
BEARER = {"Authorization": f"Bearer {profile.SALESMSG_CREDENTIALS['access_token']}"}
SECRET = profile.SALESMSG_CREDENTIALS["client_secret"]
REFRESH = {
    "grant_type": "refresh_token",
    "client_id": profile.SALESMSG_CREDENTIALS["client_id"],
    "client_secret": SECRET,
    "refresh_token": profile.SALESMSG_CREDENTIALS["refresh_token"],
    "scope": "public-api",
}


@pytest.fixture(autouse=True)
def fresh_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check compares with the tokens the client holds: the initial ones here, whatever ran before."""
    monkeypatch.setattr(profile, "STATE", profile.TokenState())


def request(method: str, path: str, **kwargs: object) -> httpx.Request:
    return httpx.Request(method, BASE + path, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "good",
    [
        request("GET", "/users/me", headers=BEARER),
        request(
            "POST",
            "/messages?number=%2B1512&team_id=9&media_url%5B%5D%5Burl%5D=https://a/1.jpg&media_url[][url]=https://a/2",
            headers=BEARER,
        ),
        request("POST", "/conversations/1/reassign?user_id=", headers=BEARER),
        request("GET", "/teams?has_membership=true&limit=5", headers=BEARER),
        request("GET", "/conversations?after=2024-10-01&filter=open", headers=BEARER),
        request("POST", "/contacts/list", headers=BEARER, json={"page": 0}),
        request("POST", "/oauth/token/refresh", data=REFRESH),
    ],
)
def test_documented_requests_pass(good: httpx.Request) -> None:
    profile.check_salesmsg_request(good)


@pytest.mark.parametrize(
    ("bad", "complaint"),
    [
        (request("GET", "/users/me"), "Bearer"),
        (request("GET", "/users/me", headers={"Authorization": "Bearer someone-else"}), "Bearer"),
        (request("POST", "/contacts?number=1", headers=BEARER, json={"number": "1"}), "query parameters"),
        (request("POST", "/messages?number=1&team_id=9&media=x", headers=BEARER), "undocumented query parameter"),
        (request("POST", "/messages?number=1&team_id=9&media_url=https://a", headers=BEARER), "undocumented"),
        (
            request("POST", "/messages?number=1&team_id=9&media_url[][url]=['https://a','https://b']", headers=BEARER),
            "single URL",
        ),
        (request("POST", "/messages?number=1&number=2&team_id=9", headers=BEARER), "sent twice"),
        (request("GET", "/teams?has_membership=True", headers=BEARER), "true/false"),
        (request("GET", "/numbers?limit=1.0", headers=BEARER), "decimal integer"),
        (request("GET", "/conversations?before=23/10/2024", headers=BEARER), "YYYY-MM-DD"),
        (request("PUT", "/contacts/1", headers=BEARER, content=b"first_name=x"), "JSON"),
        (request("GET", f"/users/me?token={SECRET}", headers=BEARER), "client secret"),
        (request("POST", "/oauth/token/refresh", json=REFRESH), "application/x-www-form-urlencoded"),  # 001's JSON
        (request("POST", "/oauth/token/refresh", data={**REFRESH, "extra": "1"}), "form fields"),
        (request("POST", "/oauth/token/refresh", data={**REFRESH, "grant_type": "password"}), "grant_type"),
        (request("POST", "/oauth/token/refresh", data={**REFRESH, "scope": "all"}), "automatic refresh"),
        (request("POST", "/oauth/token/refresh", data=REFRESH, headers=BEARER), "automatic refresh"),
        (request("POST", "/oauth/token/refresh?x=1", data=REFRESH), "no query string"),
        (request("DELETE", "/users/me", headers=BEARER), "no operation"),
    ],
)
def test_undocumented_requests_are_rejected(bad: httpx.Request, complaint: str) -> None:
    with pytest.raises(ContractError, match=complaint):
        profile.check_salesmsg_request(bad)


def test_the_sentinels_are_the_profile_secrets() -> None:
    assert set(profile.PROFILE.secrets) == {
        SECRET,
        profile.SALESMSG_CREDENTIALS["access_token"],
        profile.SALESMSG_CREDENTIALS["refresh_token"],
    }
    assert json.dumps(profile.SALESMSG_CREDENTIALS)  # plain strings, printable in a failure
