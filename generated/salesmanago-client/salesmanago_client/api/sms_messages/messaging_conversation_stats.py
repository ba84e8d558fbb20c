from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.messaging_conversation_stats_reply import MessagingConversationStatsReply
from ...models.messaging_conversation_stats_request import MessagingConversationStatsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: MessagingConversationStatsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messaging/conversationStats",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessagingConversationStatsReply | None:
    if response.status_code == 200:
        response_200 = MessagingConversationStatsReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessagingConversationStatsReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessagingConversationStatsRequest,
) -> Response[MessagingConversationStatsReply]:
    """Get Mobile Marketing message statistics

     Returns per-channel statistics (sent, delivered, undelivered, clicked, cancelled) of a Mobile
    Marketing conversation, optionally filtered by channel and source.

    Args:
        body (MessagingConversationStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessagingConversationStatsReply]
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
    body: MessagingConversationStatsRequest,
) -> MessagingConversationStatsReply | None:
    """Get Mobile Marketing message statistics

     Returns per-channel statistics (sent, delivered, undelivered, clicked, cancelled) of a Mobile
    Marketing conversation, optionally filtered by channel and source.

    Args:
        body (MessagingConversationStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessagingConversationStatsReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessagingConversationStatsRequest,
) -> Response[MessagingConversationStatsReply]:
    """Get Mobile Marketing message statistics

     Returns per-channel statistics (sent, delivered, undelivered, clicked, cancelled) of a Mobile
    Marketing conversation, optionally filtered by channel and source.

    Args:
        body (MessagingConversationStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessagingConversationStatsReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MessagingConversationStatsRequest,
) -> MessagingConversationStatsReply | None:
    """Get Mobile Marketing message statistics

     Returns per-channel statistics (sent, delivered, undelivered, clicked, cancelled) of a Mobile
    Marketing conversation, optionally filtered by channel and source.

    Args:
        body (MessagingConversationStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessagingConversationStatsReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
