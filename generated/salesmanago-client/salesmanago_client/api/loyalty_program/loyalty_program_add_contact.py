from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.loyalty_program_add_contact_reply import LoyaltyProgramAddContactReply
from ...models.loyalty_program_add_contact_request import LoyaltyProgramAddContactRequest
from ...types import Response


def _get_kwargs(
    *,
    body: LoyaltyProgramAddContactRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/loyalty/program/v1/addContact",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LoyaltyProgramAddContactReply | None:
    if response.status_code == 200:
        response_200 = LoyaltyProgramAddContactReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LoyaltyProgramAddContactReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoyaltyProgramAddContactRequest,
) -> Response[LoyaltyProgramAddContactReply]:
    """Add contact to Loyalty Program

     Adds the selected contacts to a Loyalty Program given by name.

    Args:
        body (LoyaltyProgramAddContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoyaltyProgramAddContactReply]
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
    body: LoyaltyProgramAddContactRequest,
) -> LoyaltyProgramAddContactReply | None:
    """Add contact to Loyalty Program

     Adds the selected contacts to a Loyalty Program given by name.

    Args:
        body (LoyaltyProgramAddContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoyaltyProgramAddContactReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoyaltyProgramAddContactRequest,
) -> Response[LoyaltyProgramAddContactReply]:
    """Add contact to Loyalty Program

     Adds the selected contacts to a Loyalty Program given by name.

    Args:
        body (LoyaltyProgramAddContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoyaltyProgramAddContactReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoyaltyProgramAddContactRequest,
) -> LoyaltyProgramAddContactReply | None:
    """Add contact to Loyalty Program

     Adds the selected contacts to a Loyalty Program given by name.

    Args:
        body (LoyaltyProgramAddContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoyaltyProgramAddContactReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
