from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list_by_id_reply import ContactListByIdReply
from ...models.contact_list_by_id_request import ContactListByIdRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ContactListByIdRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/listById",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactListByIdReply | None:
    if response.status_code == 200:
        response_200 = ContactListByIdReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactListByIdReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactListByIdRequest,
) -> Response[ContactListByIdReply]:
    """Export contacts by contact ID

     Returns full contact data for up to 50 contacts given by SALESmanago contact ID; IDs the owner has
    no access to are listed in unavailableContacts.

    Args:
        body (ContactListByIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListByIdReply]
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
    body: ContactListByIdRequest,
) -> ContactListByIdReply | None:
    """Export contacts by contact ID

     Returns full contact data for up to 50 contacts given by SALESmanago contact ID; IDs the owner has
    no access to are listed in unavailableContacts.

    Args:
        body (ContactListByIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListByIdReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactListByIdRequest,
) -> Response[ContactListByIdReply]:
    """Export contacts by contact ID

     Returns full contact data for up to 50 contacts given by SALESmanago contact ID; IDs the owner has
    no access to are listed in unavailableContacts.

    Args:
        body (ContactListByIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListByIdReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactListByIdRequest,
) -> ContactListByIdReply | None:
    """Export contacts by contact ID

     Returns full contact data for up to 50 contacts given by SALESmanago contact ID; IDs the owner has
    no access to are listed in unavailableContacts.

    Args:
        body (ContactListByIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListByIdReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
