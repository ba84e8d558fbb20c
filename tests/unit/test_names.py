"""One name per concept (issue 14): ``create_client_with_auth`` wraps a given ``httpx.Auth``.

``build_client``, its old name, is kept as a deprecated alias so importing code does not break.
"""

from __future__ import annotations

from typing import Any

import pytest
import salesmsg_client
import sendjim_client

AUTHS: list[Any] = [
    pytest.param(salesmsg_client, None, id="salesmsg"),
    pytest.param(sendjim_client, sendjim_client.ApiVersionAuth(sendjim_client.API_VERSION), id="sendjim"),
]


@pytest.mark.parametrize(("package", "auth"), AUTHS)
def test_create_client_with_auth_uses_the_given_auth(package: Any, auth: Any) -> None:
    client = package.create_client_with_auth(auth, base_url="https://vendor.invalid/base")
    given = client.get_httpx_client().auth
    assert given is auth


@pytest.mark.parametrize(("package", "auth"), AUTHS)
def test_build_client_still_works_and_says_it_is_deprecated(package: Any, auth: Any) -> None:
    with pytest.warns(DeprecationWarning, match="create_client_with_auth"):
        old = package.build_client(auth=auth, base_url="https://vendor.invalid/base")
    new = package.create_client_with_auth(auth, base_url="https://vendor.invalid/base")
    assert type(old) is type(new)
    assert str(old.get_httpx_client().base_url) == str(new.get_httpx_client().base_url)
