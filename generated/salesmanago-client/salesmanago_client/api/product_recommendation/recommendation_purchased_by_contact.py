from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.recommendation_purchased_by_contact_reply import RecommendationPurchasedByContactReply
from ...models.recommendation_purchased_by_contact_request import RecommendationPurchasedByContactRequest
from ...types import Response


def _get_kwargs(
    *,
    body: RecommendationPurchasedByContactRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/recommendation/purchasedByContact",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RecommendationPurchasedByContactReply | None:
    if response.status_code == 200:
        response_200 = RecommendationPurchasedByContactReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RecommendationPurchasedByContactReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RecommendationPurchasedByContactRequest,
) -> Response[RecommendationPurchasedByContactReply]:
    """Products purchased by contact

     Returns the IDs of products purchased by a monitored contact, identified by the smclient cookie
    value.

    Args:
        body (RecommendationPurchasedByContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecommendationPurchasedByContactReply]
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
    body: RecommendationPurchasedByContactRequest,
) -> RecommendationPurchasedByContactReply | None:
    """Products purchased by contact

     Returns the IDs of products purchased by a monitored contact, identified by the smclient cookie
    value.

    Args:
        body (RecommendationPurchasedByContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecommendationPurchasedByContactReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RecommendationPurchasedByContactRequest,
) -> Response[RecommendationPurchasedByContactReply]:
    """Products purchased by contact

     Returns the IDs of products purchased by a monitored contact, identified by the smclient cookie
    value.

    Args:
        body (RecommendationPurchasedByContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecommendationPurchasedByContactReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RecommendationPurchasedByContactRequest,
) -> RecommendationPurchasedByContactReply | None:
    """Products purchased by contact

     Returns the IDs of products purchased by a monitored contact, identified by the smclient cookie
    value.

    Args:
        body (RecommendationPurchasedByContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecommendationPurchasedByContactReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
