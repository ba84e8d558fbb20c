from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list_reply import ContactListReply
from ...models.contact_list_request import ContactListRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ContactListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactListReply | None:
    if response.status_code == 200:
        response_200 = ContactListReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ContactListReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactListRequest,
) -> Response[ContactListReply]:
    """Export contacts by email address for the owner

     Returns full contact data (visits, tags, events, emails from the past 3 months, details, funnels,
    notes, tasks, external events, coupons, text messages, consents) for up to 50 contacts given by
    email address.

    Args:
        body (ContactListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListReply]
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
    body: ContactListRequest,
) -> ContactListReply | None:
    """Export contacts by email address for the owner

     Returns full contact data (visits, tags, events, emails from the past 3 months, details, funnels,
    notes, tasks, external events, coupons, text messages, consents) for up to 50 contacts given by
    email address.

    Args:
        body (ContactListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactListRequest,
) -> Response[ContactListReply]:
    """Export contacts by email address for the owner

     Returns full contact data (visits, tags, events, emails from the past 3 months, details, funnels,
    notes, tasks, external events, coupons, text messages, consents) for up to 50 contacts given by
    email address.

    Args:
        body (ContactListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactListRequest,
) -> ContactListReply | None:
    """Export contacts by email address for the owner

     Returns full contact data (visits, tags, events, emails from the past 3 months, details, funnels,
    notes, tasks, external events, coupons, text messages, consents) for up to 50 contacts given by
    email address.

    Args:
        body (ContactListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
