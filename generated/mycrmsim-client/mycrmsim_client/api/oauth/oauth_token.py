from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorization_code_token_request import AuthorizationCodeTokenRequest
from ...models.o_auth_error import OAuthError
from ...models.refresh_token_request import RefreshTokenRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AuthorizationCodeTokenRequest | RefreshTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    if isinstance(body, AuthorizationCodeTokenRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthError | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthError | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AuthorizationCodeTokenRequest | RefreshTokenRequest,
) -> Response[OAuthError | TokenResponse]:
    """Exchange an authorization code, or refresh an access token

     Code exchange (`grant_type=authorization_code`) swaps the code received on the
    `redirect_uri` after `/oauth/authorize` for an access token and a refresh token. Refresh
    (`grant_type=refresh_token`) gets a new access token from a refresh token. The refresh
    token may rotate.

    The client authenticates with HTTP Basic (`client_id:client_secret`). The body is JSON,
    not the form encoding of RFC 6749, because the vendor documents
    `Content-Type: application/json`. Failures have the body `{error, error_description}`.

    Args:
        body (AuthorizationCodeTokenRequest | RefreshTokenRequest): Body of `POST /oauth/token`: a
            code exchange or a refresh, told apart by `grant_type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | TokenResponse]
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
    client: AuthenticatedClient,
    body: AuthorizationCodeTokenRequest | RefreshTokenRequest,
) -> OAuthError | TokenResponse | None:
    """Exchange an authorization code, or refresh an access token

     Code exchange (`grant_type=authorization_code`) swaps the code received on the
    `redirect_uri` after `/oauth/authorize` for an access token and a refresh token. Refresh
    (`grant_type=refresh_token`) gets a new access token from a refresh token. The refresh
    token may rotate.

    The client authenticates with HTTP Basic (`client_id:client_secret`). The body is JSON,
    not the form encoding of RFC 6749, because the vendor documents
    `Content-Type: application/json`. Failures have the body `{error, error_description}`.

    Args:
        body (AuthorizationCodeTokenRequest | RefreshTokenRequest): Body of `POST /oauth/token`: a
            code exchange or a refresh, told apart by `grant_type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AuthorizationCodeTokenRequest | RefreshTokenRequest,
) -> Response[OAuthError | TokenResponse]:
    """Exchange an authorization code, or refresh an access token

     Code exchange (`grant_type=authorization_code`) swaps the code received on the
    `redirect_uri` after `/oauth/authorize` for an access token and a refresh token. Refresh
    (`grant_type=refresh_token`) gets a new access token from a refresh token. The refresh
    token may rotate.

    The client authenticates with HTTP Basic (`client_id:client_secret`). The body is JSON,
    not the form encoding of RFC 6749, because the vendor documents
    `Content-Type: application/json`. Failures have the body `{error, error_description}`.

    Args:
        body (AuthorizationCodeTokenRequest | RefreshTokenRequest): Body of `POST /oauth/token`: a
            code exchange or a refresh, told apart by `grant_type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AuthorizationCodeTokenRequest | RefreshTokenRequest,
) -> OAuthError | TokenResponse | None:
    """Exchange an authorization code, or refresh an access token

     Code exchange (`grant_type=authorization_code`) swaps the code received on the
    `redirect_uri` after `/oauth/authorize` for an access token and a refresh token. Refresh
    (`grant_type=refresh_token`) gets a new access token from a refresh token. The refresh
    token may rotate.

    The client authenticates with HTTP Basic (`client_id:client_secret`). The body is JSON,
    not the form encoding of RFC 6749, because the vendor documents
    `Content-Type: application/json`. Failures have the body `{error, error_description}`.

    Args:
        body (AuthorizationCodeTokenRequest | RefreshTokenRequest): Body of `POST /oauth/token`: a
            code exchange or a refresh, told apart by `grant_type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
