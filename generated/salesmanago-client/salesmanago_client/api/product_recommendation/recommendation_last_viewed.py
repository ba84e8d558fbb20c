from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.recommendation_last_viewed_reply import RecommendationLastViewedReply
from ...models.recommendation_last_viewed_request import RecommendationLastViewedRequest
from ...types import Response


def _get_kwargs(
    *,
    body: RecommendationLastViewedRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/recommendation/lastViewed",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RecommendationLastViewedReply | None:
    if response.status_code == 200:
        response_200 = RecommendationLastViewedReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RecommendationLastViewedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RecommendationLastViewedRequest,
) -> Response[RecommendationLastViewedReply]:
    """Last viewed products

     Returns the IDs of products last viewed by a contact, identified by contactId or by the anonymous
    smuuid cookie value (contactAnonymousId); if both are given, contactId takes priority. Served from
    https://www.salesmanago.pl/api, not the per-server host.

    Args:
        body (RecommendationLastViewedRequest): Either contactId or contactAnonymousId is
            required; contactId takes priority if both are given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecommendationLastViewedReply]
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
    body: RecommendationLastViewedRequest,
) -> RecommendationLastViewedReply | None:
    """Last viewed products

     Returns the IDs of products last viewed by a contact, identified by contactId or by the anonymous
    smuuid cookie value (contactAnonymousId); if both are given, contactId takes priority. Served from
    https://www.salesmanago.pl/api, not the per-server host.

    Args:
        body (RecommendationLastViewedRequest): Either contactId or contactAnonymousId is
            required; contactId takes priority if both are given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecommendationLastViewedReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RecommendationLastViewedRequest,
) -> Response[RecommendationLastViewedReply]:
    """Last viewed products

     Returns the IDs of products last viewed by a contact, identified by contactId or by the anonymous
    smuuid cookie value (contactAnonymousId); if both are given, contactId takes priority. Served from
    https://www.salesmanago.pl/api, not the per-server host.

    Args:
        body (RecommendationLastViewedRequest): Either contactId or contactAnonymousId is
            required; contactId takes priority if both are given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecommendationLastViewedReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RecommendationLastViewedRequest,
) -> RecommendationLastViewedReply | None:
    """Last viewed products

     Returns the IDs of products last viewed by a contact, identified by contactId or by the anonymous
    smuuid cookie value (contactAnonymousId); if both are given, contactId takes priority. Served from
    https://www.salesmanago.pl/api, not the per-server host.

    Args:
        body (RecommendationLastViewedRequest): Either contactId or contactAnonymousId is
            required; contactId takes priority if both are given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecommendationLastViewedReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
