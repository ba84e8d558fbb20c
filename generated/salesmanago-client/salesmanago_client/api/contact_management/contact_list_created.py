from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list_created_reply import ContactListCreatedReply
from ...models.contact_list_created_request import ContactListCreatedRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ContactListCreatedRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/createdContacts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactListCreatedReply | None:
    if response.status_code == 200:
        response_200 = ContactListCreatedReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactListCreatedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactListCreatedRequest,
) -> Response[ContactListCreatedReply]:
    """Export the list of recently created contacts

     Returns the id and email of the owner's contacts created between `from` and `to`. The table gives a
    "max. length" of 255 for from/to; they are UNIX timestamps in ms (as in the sample).

    Args:
        body (ContactListCreatedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListCreatedReply]
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
    body: ContactListCreatedRequest,
) -> ContactListCreatedReply | None:
    """Export the list of recently created contacts

     Returns the id and email of the owner's contacts created between `from` and `to`. The table gives a
    "max. length" of 255 for from/to; they are UNIX timestamps in ms (as in the sample).

    Args:
        body (ContactListCreatedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListCreatedReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactListCreatedRequest,
) -> Response[ContactListCreatedReply]:
    """Export the list of recently created contacts

     Returns the id and email of the owner's contacts created between `from` and `to`. The table gives a
    "max. length" of 255 for from/to; they are UNIX timestamps in ms (as in the sample).

    Args:
        body (ContactListCreatedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListCreatedReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactListCreatedRequest,
) -> ContactListCreatedReply | None:
    """Export the list of recently created contacts

     Returns the id and email of the owner's contacts created between `from` and `to`. The table gives a
    "max. length" of 255 for from/to; they are UNIX timestamps in ms (as in the sample).

    Args:
        body (ContactListCreatedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListCreatedReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
