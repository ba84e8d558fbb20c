from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.messaging_conversation_list_reply import MessagingConversationListReply
from ...models.messaging_conversation_list_request import MessagingConversationListRequest
from ...types import Response


def _get_kwargs(
    *,
    body: MessagingConversationListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messaging/conversationList",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessagingConversationListReply | None:
    if response.status_code == 200:
        response_200 = MessagingConversationListReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessagingConversationListReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessagingConversationListRequest,
) -> Response[MessagingConversationListReply]:
    """List mass Mobile Marketing conversations

     Returns the identifiers of Mobile Marketing conversations of the given source within a time range.
    The range may span at most 7 days for sources RULE and WORKFLOW and at most 30 days for the others.

    Args:
        body (MessagingConversationListRequest): The range may span at most 7 days for sources
            RULE and WORKFLOW, 30 days for the others.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessagingConversationListReply]
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
    body: MessagingConversationListRequest,
) -> MessagingConversationListReply | None:
    """List mass Mobile Marketing conversations

     Returns the identifiers of Mobile Marketing conversations of the given source within a time range.
    The range may span at most 7 days for sources RULE and WORKFLOW and at most 30 days for the others.

    Args:
        body (MessagingConversationListRequest): The range may span at most 7 days for sources
            RULE and WORKFLOW, 30 days for the others.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessagingConversationListReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessagingConversationListRequest,
) -> Response[MessagingConversationListReply]:
    """List mass Mobile Marketing conversations

     Returns the identifiers of Mobile Marketing conversations of the given source within a time range.
    The range may span at most 7 days for sources RULE and WORKFLOW and at most 30 days for the others.

    Args:
        body (MessagingConversationListRequest): The range may span at most 7 days for sources
            RULE and WORKFLOW, 30 days for the others.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessagingConversationListReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MessagingConversationListRequest,
) -> MessagingConversationListReply | None:
    """List mass Mobile Marketing conversations

     Returns the identifiers of Mobile Marketing conversations of the given source within a time range.
    The range may span at most 7 days for sources RULE and WORKFLOW and at most 30 days for the others.

    Args:
        body (MessagingConversationListRequest): The range may span at most 7 days for sources
            RULE and WORKFLOW, 30 days for the others.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessagingConversationListReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
