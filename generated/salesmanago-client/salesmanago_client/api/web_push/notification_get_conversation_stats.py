from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_get_conversation_stats_reply import NotificationGetConversationStatsReply
from ...models.notification_get_conversation_stats_request import NotificationGetConversationStatsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: NotificationGetConversationStatsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notification/conversation/stats",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotificationGetConversationStatsReply | None:
    if response.status_code == 200:
        response_200 = NotificationGetConversationStatsReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NotificationGetConversationStatsReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NotificationGetConversationStatsRequest,
) -> Response[NotificationGetConversationStatsReply]:
    """Export notification statistics

     Returns statistics of a Web Push notification (mass, Workflow or Automation Rule). webPushId may
    instead be a conversation ID from notification/conversation/ids when useConversation is true. For
    WORKFLOW and RULE the data is aggregated over all conversations of the Workflow element.

    Args:
        body (NotificationGetConversationStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationGetConversationStatsReply]
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
    body: NotificationGetConversationStatsRequest,
) -> NotificationGetConversationStatsReply | None:
    """Export notification statistics

     Returns statistics of a Web Push notification (mass, Workflow or Automation Rule). webPushId may
    instead be a conversation ID from notification/conversation/ids when useConversation is true. For
    WORKFLOW and RULE the data is aggregated over all conversations of the Workflow element.

    Args:
        body (NotificationGetConversationStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationGetConversationStatsReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NotificationGetConversationStatsRequest,
) -> Response[NotificationGetConversationStatsReply]:
    """Export notification statistics

     Returns statistics of a Web Push notification (mass, Workflow or Automation Rule). webPushId may
    instead be a conversation ID from notification/conversation/ids when useConversation is true. For
    WORKFLOW and RULE the data is aggregated over all conversations of the Workflow element.

    Args:
        body (NotificationGetConversationStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationGetConversationStatsReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NotificationGetConversationStatsRequest,
) -> NotificationGetConversationStatsReply | None:
    """Export notification statistics

     Returns statistics of a Web Push notification (mass, Workflow or Automation Rule). webPushId may
    instead be a conversation ID from notification/conversation/ids when useConversation is true. For
    WORKFLOW and RULE the data is aggregated over all conversations of the Workflow element.

    Args:
        body (NotificationGetConversationStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationGetConversationStatsReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
