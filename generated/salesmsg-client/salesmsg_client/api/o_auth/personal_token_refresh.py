from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.personal_access_token import PersonalAccessToken
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/personal-token/refresh",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PersonalAccessToken | None:
    if response.status_code == 200:
        response_200 = PersonalAccessToken.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PersonalAccessToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | PersonalAccessToken]:
    """Refresh a Personal Access Token

     Refresh a PAT: the existing PAT is sent as `Authorization: Bearer <existing_PAT>` (001:218-220);
    there
    is no request body (001:222-224 sets `Content-Type: application/json` but shows no payload). The
    response carries the new token; 001's sample is garbled (001:229, `Refreshing 2"access_token": …`)
    and shows no refresh token. 000 does not mention PAT refresh (PATs are created and revoked in the
    web
    app, 000 "PAT: Personal Access Tokens"). The client does not call this automatically.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PersonalAccessToken]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | PersonalAccessToken | None:
    """Refresh a Personal Access Token

     Refresh a PAT: the existing PAT is sent as `Authorization: Bearer <existing_PAT>` (001:218-220);
    there
    is no request body (001:222-224 sets `Content-Type: application/json` but shows no payload). The
    response carries the new token; 001's sample is garbled (001:229, `Refreshing 2"access_token": …`)
    and shows no refresh token. 000 does not mention PAT refresh (PATs are created and revoked in the
    web
    app, 000 "PAT: Personal Access Tokens"). The client does not call this automatically.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PersonalAccessToken
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | PersonalAccessToken]:
    """Refresh a Personal Access Token

     Refresh a PAT: the existing PAT is sent as `Authorization: Bearer <existing_PAT>` (001:218-220);
    there
    is no request body (001:222-224 sets `Content-Type: application/json` but shows no payload). The
    response carries the new token; 001's sample is garbled (001:229, `Refreshing 2"access_token": …`)
    and shows no refresh token. 000 does not mention PAT refresh (PATs are created and revoked in the
    web
    app, 000 "PAT: Personal Access Tokens"). The client does not call this automatically.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PersonalAccessToken]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | PersonalAccessToken | None:
    """Refresh a Personal Access Token

     Refresh a PAT: the existing PAT is sent as `Authorization: Bearer <existing_PAT>` (001:218-220);
    there
    is no request body (001:222-224 sets `Content-Type: application/json` but shows no payload). The
    response carries the new token; 001's sample is garbled (001:229, `Refreshing 2"access_token": …`)
    and shows no refresh token. 000 does not mention PAT refresh (PATs are created and revoked in the
    web
    app, 000 "PAT: Personal Access Tokens"). The client does not call this automatically.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PersonalAccessToken
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
