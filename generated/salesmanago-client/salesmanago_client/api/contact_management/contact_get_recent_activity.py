from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_get_recent_activity_reply import ContactGetRecentActivityReply
from ...models.contact_get_recent_activity_request import ContactGetRecentActivityRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ContactGetRecentActivityRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/recentActivity",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactGetRecentActivityReply | None:
    if response.status_code == 200:
        response_200 = ContactGetRecentActivityReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactGetRecentActivityReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactGetRecentActivityRequest,
) -> Response[ContactGetRecentActivityReply]:
    """Contacts' activity

     Returns the visits of customers, partners, prospects and anonymous visitors in the given period,
    with contact counts and visit statistics. `allVisits` adds all pages opened in the period;
    `ipDetails` adds details decoded from the visitor's IP.

    Args:
        body (ContactGetRecentActivityRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactGetRecentActivityReply]
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
    body: ContactGetRecentActivityRequest,
) -> ContactGetRecentActivityReply | None:
    """Contacts' activity

     Returns the visits of customers, partners, prospects and anonymous visitors in the given period,
    with contact counts and visit statistics. `allVisits` adds all pages opened in the period;
    `ipDetails` adds details decoded from the visitor's IP.

    Args:
        body (ContactGetRecentActivityRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactGetRecentActivityReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactGetRecentActivityRequest,
) -> Response[ContactGetRecentActivityReply]:
    """Contacts' activity

     Returns the visits of customers, partners, prospects and anonymous visitors in the given period,
    with contact counts and visit statistics. `allVisits` adds all pages opened in the period;
    `ipDetails` adds details decoded from the visitor's IP.

    Args:
        body (ContactGetRecentActivityRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactGetRecentActivityReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactGetRecentActivityRequest,
) -> ContactGetRecentActivityReply | None:
    """Contacts' activity

     Returns the visits of customers, partners, prospects and anonymous visitors in the given period,
    with contact counts and visit statistics. `allVisits` adds all pages opened in the period;
    `ipDetails` adds details decoded from the visitor's IP.

    Args:
        body (ContactGetRecentActivityRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactGetRecentActivityReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
