from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_has_contact_reply import ContactHasContactReply
from ...models.contact_has_contact_request import ContactHasContactRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ContactHasContactRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/hasContact",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactHasContactReply | None:
    if response.status_code == 200:
        response_200 = ContactHasContactReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactHasContactReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactHasContactRequest,
) -> Response[ContactHasContactReply]:
    """Check if a contact is already recorded

     Checks whether a contact with the given email exists in the database and returns its ID.

    Args:
        body (ContactHasContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactHasContactReply]
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
    body: ContactHasContactRequest,
) -> ContactHasContactReply | None:
    """Check if a contact is already recorded

     Checks whether a contact with the given email exists in the database and returns its ID.

    Args:
        body (ContactHasContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactHasContactReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactHasContactRequest,
) -> Response[ContactHasContactReply]:
    """Check if a contact is already recorded

     Checks whether a contact with the given email exists in the database and returns its ID.

    Args:
        body (ContactHasContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactHasContactReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactHasContactRequest,
) -> ContactHasContactReply | None:
    """Check if a contact is already recorded

     Checks whether a contact with the given email exists in the database and returns its ID.

    Args:
        body (ContactHasContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactHasContactReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
