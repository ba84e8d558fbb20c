from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.loyalty_program_get_points_reply import LoyaltyProgramGetPointsReply
from ...models.loyalty_program_get_points_request import LoyaltyProgramGetPointsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: LoyaltyProgramGetPointsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/loyalty/program/v1/getPoints",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LoyaltyProgramGetPointsReply | None:
    if response.status_code == 200:
        response_200 = LoyaltyProgramGetPointsReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LoyaltyProgramGetPointsReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoyaltyProgramGetPointsRequest,
) -> Response[LoyaltyProgramGetPointsReply]:
    """Get the number of points in Loyalty Program

     Returns the number of points a contact (by email) has collected in a Loyalty Program.

    Args:
        body (LoyaltyProgramGetPointsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoyaltyProgramGetPointsReply]
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
    body: LoyaltyProgramGetPointsRequest,
) -> LoyaltyProgramGetPointsReply | None:
    """Get the number of points in Loyalty Program

     Returns the number of points a contact (by email) has collected in a Loyalty Program.

    Args:
        body (LoyaltyProgramGetPointsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoyaltyProgramGetPointsReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoyaltyProgramGetPointsRequest,
) -> Response[LoyaltyProgramGetPointsReply]:
    """Get the number of points in Loyalty Program

     Returns the number of points a contact (by email) has collected in a Loyalty Program.

    Args:
        body (LoyaltyProgramGetPointsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoyaltyProgramGetPointsReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoyaltyProgramGetPointsRequest,
) -> LoyaltyProgramGetPointsReply | None:
    """Get the number of points in Loyalty Program

     Returns the number of points a contact (by email) has collected in a Loyalty Program.

    Args:
        body (LoyaltyProgramGetPointsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoyaltyProgramGetPointsReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
