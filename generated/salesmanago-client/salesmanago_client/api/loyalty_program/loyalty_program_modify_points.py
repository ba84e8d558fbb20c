from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.loyalty_program_modify_points_request import LoyaltyProgramModifyPointsRequest
from ...models.reply import Reply
from ...types import Response


def _get_kwargs(
    *,
    body: LoyaltyProgramModifyPointsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/loyalty/program/v1/modifyPoints",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Reply | None:
    if response.status_code == 200:
        response_200 = Reply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Reply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoyaltyProgramModifyPointsRequest,
) -> Response[Reply]:
    """Add or subtract contact points in Loyalty Program

     Adds (ADD) or subtracts (SUBTRACT) points of the selected contacts in a Loyalty Program, with an
    optional comment.

    Args:
        body (LoyaltyProgramModifyPointsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Reply]
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
    body: LoyaltyProgramModifyPointsRequest,
) -> Reply | None:
    """Add or subtract contact points in Loyalty Program

     Adds (ADD) or subtracts (SUBTRACT) points of the selected contacts in a Loyalty Program, with an
    optional comment.

    Args:
        body (LoyaltyProgramModifyPointsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Reply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoyaltyProgramModifyPointsRequest,
) -> Response[Reply]:
    """Add or subtract contact points in Loyalty Program

     Adds (ADD) or subtracts (SUBTRACT) points of the selected contacts in a Loyalty Program, with an
    optional comment.

    Args:
        body (LoyaltyProgramModifyPointsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Reply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoyaltyProgramModifyPointsRequest,
) -> Reply | None:
    """Add or subtract contact points in Loyalty Program

     Adds (ADD) or subtracts (SUBTRACT) points of the selected contacts in a Loyalty Program, with an
    optional comment.

    Args:
        body (LoyaltyProgramModifyPointsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Reply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
