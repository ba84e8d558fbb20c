from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.user_info_response import UserInfoResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/locations",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | UserInfoResponse | None:
    if response.status_code == 200:
        response_200 = UserInfoResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | UserInfoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | UserInfoResponse]:
    """Get user info and locations

     Returns the authenticated user and the locations they can access. Integrations call it
    to verify the OAuth connection and to fill location drop-downs. A location's `id` is the
    `locationId` that the other operations take.

    The vendor says this endpoint also returns the list of locations, but its sample shows
    only `data.user`. The `data.locations` field and the shape of each location are guesses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | UserInfoResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | UserInfoResponse | None:
    """Get user info and locations

     Returns the authenticated user and the locations they can access. Integrations call it
    to verify the OAuth connection and to fill location drop-downs. A location's `id` is the
    `locationId` that the other operations take.

    The vendor says this endpoint also returns the list of locations, but its sample shows
    only `data.user`. The `data.locations` field and the shape of each location are guesses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | UserInfoResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | UserInfoResponse]:
    """Get user info and locations

     Returns the authenticated user and the locations they can access. Integrations call it
    to verify the OAuth connection and to fill location drop-downs. A location's `id` is the
    `locationId` that the other operations take.

    The vendor says this endpoint also returns the list of locations, but its sample shows
    only `data.user`. The `data.locations` field and the shape of each location are guesses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | UserInfoResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | UserInfoResponse | None:
    """Get user info and locations

     Returns the authenticated user and the locations they can access. Integrations call it
    to verify the OAuth connection and to fill location drop-downs. A location's `id` is the
    `locationId` that the other operations take.

    The vendor says this endpoint also returns the list of locations, but its sample shows
    only `data.user`. The `data.locations` field and the shape of each location are guesses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | UserInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
