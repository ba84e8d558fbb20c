from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.vision_find_similar_products_reply import VisionFindSimilarProductsReply
from ...models.vision_find_similar_products_request import VisionFindSimilarProductsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: VisionFindSimilarProductsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vision",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VisionFindSimilarProductsReply | None:
    if response.status_code == 200:
        response_200 = VisionFindSimilarProductsReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VisionFindSimilarProductsReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VisionFindSimilarProductsRequest,
) -> Response[VisionFindSimilarProductsReply]:
    """Product recommendations based on image recognition

     Returns IDs of products visually similar to a photo uploaded by a contact (Cinderella AI), each with
    a similarity score in 0-1. maxResults is 1-30, default 10.

    Args:
        body (VisionFindSimilarProductsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VisionFindSimilarProductsReply]
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
    body: VisionFindSimilarProductsRequest,
) -> VisionFindSimilarProductsReply | None:
    """Product recommendations based on image recognition

     Returns IDs of products visually similar to a photo uploaded by a contact (Cinderella AI), each with
    a similarity score in 0-1. maxResults is 1-30, default 10.

    Args:
        body (VisionFindSimilarProductsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VisionFindSimilarProductsReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VisionFindSimilarProductsRequest,
) -> Response[VisionFindSimilarProductsReply]:
    """Product recommendations based on image recognition

     Returns IDs of products visually similar to a photo uploaded by a contact (Cinderella AI), each with
    a similarity score in 0-1. maxResults is 1-30, default 10.

    Args:
        body (VisionFindSimilarProductsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VisionFindSimilarProductsReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: VisionFindSimilarProductsRequest,
) -> VisionFindSimilarProductsReply | None:
    """Product recommendations based on image recognition

     Returns IDs of products visually similar to a photo uploaded by a contact (Cinderella AI), each with
    a similarity score in 0-1. maxResults is 1-30, default 10.

    Args:
        body (VisionFindSimilarProductsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VisionFindSimilarProductsReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
