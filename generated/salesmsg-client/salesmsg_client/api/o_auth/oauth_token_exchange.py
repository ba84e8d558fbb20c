from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token import AccessToken
from ...models.authorization_code_token_request import AuthorizationCodeTokenRequest
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: AuthorizationCodeTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccessToken | Error | None:
    if response.status_code == 200:
        response_200 = AccessToken.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AccessToken | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationCodeTokenRequest,
) -> Response[AccessToken | Error]:
    """Exchange an authorization code for an access token

     Step 4 of the authorization-code flow: exchange the `code` (valid for 10 minutes) returned to the
    `redirect_uri` for an access token and a refresh token. The body is form-encoded. The server checks
    that the code has not expired and that the client ID matches the client secret.
    (000 also names `https://app.salesmessage.com/app/auth/token` in prose; its request sample and the
    "OAuth2 URLs" table use this path.)

    Args:
        body (AuthorizationCodeTokenRequest): Form fields of the authorization-code exchange (000
            "Exchange the authorization code for an access token").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationCodeTokenRequest,
) -> AccessToken | Error | None:
    """Exchange an authorization code for an access token

     Step 4 of the authorization-code flow: exchange the `code` (valid for 10 minutes) returned to the
    `redirect_uri` for an access token and a refresh token. The body is form-encoded. The server checks
    that the code has not expired and that the client ID matches the client secret.
    (000 also names `https://app.salesmessage.com/app/auth/token` in prose; its request sample and the
    "OAuth2 URLs" table use this path.)

    Args:
        body (AuthorizationCodeTokenRequest): Form fields of the authorization-code exchange (000
            "Exchange the authorization code for an access token").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationCodeTokenRequest,
) -> Response[AccessToken | Error]:
    """Exchange an authorization code for an access token

     Step 4 of the authorization-code flow: exchange the `code` (valid for 10 minutes) returned to the
    `redirect_uri` for an access token and a refresh token. The body is form-encoded. The server checks
    that the code has not expired and that the client ID matches the client secret.
    (000 also names `https://app.salesmessage.com/app/auth/token` in prose; its request sample and the
    "OAuth2 URLs" table use this path.)

    Args:
        body (AuthorizationCodeTokenRequest): Form fields of the authorization-code exchange (000
            "Exchange the authorization code for an access token").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationCodeTokenRequest,
) -> AccessToken | Error | None:
    """Exchange an authorization code for an access token

     Step 4 of the authorization-code flow: exchange the `code` (valid for 10 minutes) returned to the
    `redirect_uri` for an access token and a refresh token. The body is form-encoded. The server checks
    that the code has not expired and that the client ID matches the client secret.
    (000 also names `https://app.salesmessage.com/app/auth/token` in prose; its request sample and the
    "OAuth2 URLs" table use this path.)

    Args:
        body (AuthorizationCodeTokenRequest): Form fields of the authorization-code exchange (000
            "Exchange the authorization code for an access token").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
