from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_global_conversation_statistics_reply import EmailGlobalConversationStatisticsReply
from ...models.email_global_conversation_statistics_request import EmailGlobalConversationStatisticsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: EmailGlobalConversationStatisticsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/email/globalConversationStatistics",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailGlobalConversationStatisticsReply | None:
    if response.status_code == 200:
        response_200 = EmailGlobalConversationStatisticsReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmailGlobalConversationStatisticsReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailGlobalConversationStatisticsRequest,
) -> Response[EmailGlobalConversationStatisticsReply]:
    """Export global statistics of sent emails

     Returns aggregated statistics (sent, opened, clicked, unique opens/clicks, bounces, opt-outs) of
    emails of the given type sent within the time range; without conversationType, statistics of all
    mass emails are returned. The doc's sample also sends a `user` field that its table does not list.

    Args:
        body (EmailGlobalConversationStatisticsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailGlobalConversationStatisticsReply]
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
    body: EmailGlobalConversationStatisticsRequest,
) -> EmailGlobalConversationStatisticsReply | None:
    """Export global statistics of sent emails

     Returns aggregated statistics (sent, opened, clicked, unique opens/clicks, bounces, opt-outs) of
    emails of the given type sent within the time range; without conversationType, statistics of all
    mass emails are returned. The doc's sample also sends a `user` field that its table does not list.

    Args:
        body (EmailGlobalConversationStatisticsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailGlobalConversationStatisticsReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailGlobalConversationStatisticsRequest,
) -> Response[EmailGlobalConversationStatisticsReply]:
    """Export global statistics of sent emails

     Returns aggregated statistics (sent, opened, clicked, unique opens/clicks, bounces, opt-outs) of
    emails of the given type sent within the time range; without conversationType, statistics of all
    mass emails are returned. The doc's sample also sends a `user` field that its table does not list.

    Args:
        body (EmailGlobalConversationStatisticsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailGlobalConversationStatisticsReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmailGlobalConversationStatisticsRequest,
) -> EmailGlobalConversationStatisticsReply | None:
    """Export global statistics of sent emails

     Returns aggregated statistics (sent, opened, clicked, unique opens/clicks, bounces, opt-outs) of
    emails of the given type sent within the time range; without conversationType, statistics of all
    mass emails are returned. The doc's sample also sends a `user` field that its table does not list.

    Args:
        body (EmailGlobalConversationStatisticsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailGlobalConversationStatisticsReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
