from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list_by_owner_paginated_reply import ContactListByOwnerPaginatedReply
from ...models.contact_list_by_owner_paginated_request import ContactListByOwnerPaginatedRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ContactListByOwnerPaginatedRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/paginatedListById",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactListByOwnerPaginatedReply | None:
    if response.status_code == 200:
        response_200 = ContactListByOwnerPaginatedReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactListByOwnerPaginatedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactListByOwnerPaginatedRequest,
) -> Response[ContactListByOwnerPaginatedReply]:
    """Contacts assigned to a specific owner (paginated list)

     Lists, page by page (at most 1000 per page), the contacts assigned to the owner given in `owner`.
    The contact fields are those described for contact/list; the nested lists other than contactTags are
    empty in the sample and left as generic objects here.

    Args:
        body (ContactListByOwnerPaginatedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListByOwnerPaginatedReply]
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
    body: ContactListByOwnerPaginatedRequest,
) -> ContactListByOwnerPaginatedReply | None:
    """Contacts assigned to a specific owner (paginated list)

     Lists, page by page (at most 1000 per page), the contacts assigned to the owner given in `owner`.
    The contact fields are those described for contact/list; the nested lists other than contactTags are
    empty in the sample and left as generic objects here.

    Args:
        body (ContactListByOwnerPaginatedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListByOwnerPaginatedReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactListByOwnerPaginatedRequest,
) -> Response[ContactListByOwnerPaginatedReply]:
    """Contacts assigned to a specific owner (paginated list)

     Lists, page by page (at most 1000 per page), the contacts assigned to the owner given in `owner`.
    The contact fields are those described for contact/list; the nested lists other than contactTags are
    empty in the sample and left as generic objects here.

    Args:
        body (ContactListByOwnerPaginatedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListByOwnerPaginatedReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactListByOwnerPaginatedRequest,
) -> ContactListByOwnerPaginatedReply | None:
    """Contacts assigned to a specific owner (paginated list)

     Lists, page by page (at most 1000 per page), the contacts assigned to the owner given in `owner`.
    The contact fields are those described for contact/list; the nested lists other than contactTags are
    empty in the sample and left as generic objects here.

    Args:
        body (ContactListByOwnerPaginatedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListByOwnerPaginatedReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
