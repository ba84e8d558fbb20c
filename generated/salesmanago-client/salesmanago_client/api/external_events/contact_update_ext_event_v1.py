from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_update_ext_event_reply import ContactUpdateExtEventReply
from ...models.contact_update_ext_event_request import ContactUpdateExtEventRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ContactUpdateExtEventRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/updateContactExtEvent",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactUpdateExtEventReply | None:
    if response.status_code == 200:
        response_200 = ContactUpdateExtEventReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactUpdateExtEventReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdateExtEventRequest,
) -> Response[ContactUpdateExtEventReply]:
    """Update an external event, unversioned path (observed)

     The path without /v2; same body. Use v2/contact/updateContactExtEvent.

    Args:
        body (ContactUpdateExtEventRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactUpdateExtEventReply]
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
    body: ContactUpdateExtEventRequest,
) -> ContactUpdateExtEventReply | None:
    """Update an external event, unversioned path (observed)

     The path without /v2; same body. Use v2/contact/updateContactExtEvent.

    Args:
        body (ContactUpdateExtEventRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactUpdateExtEventReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdateExtEventRequest,
) -> Response[ContactUpdateExtEventReply]:
    """Update an external event, unversioned path (observed)

     The path without /v2; same body. Use v2/contact/updateContactExtEvent.

    Args:
        body (ContactUpdateExtEventRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactUpdateExtEventReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdateExtEventRequest,
) -> ContactUpdateExtEventReply | None:
    """Update an external event, unversioned path (observed)

     The path without /v2; same body. Use v2/contact/updateContactExtEvent.

    Args:
        body (ContactUpdateExtEventRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactUpdateExtEventReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
