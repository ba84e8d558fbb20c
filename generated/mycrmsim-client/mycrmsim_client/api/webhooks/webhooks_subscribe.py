from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.webhook_subscribe_request import WebhookSubscribeRequest
from ...models.webhook_subscribe_response import WebhookSubscribeResponse
from ...types import Response


def _get_kwargs(
    *,
    body: WebhookSubscribeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhooks/subscribe",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | WebhookSubscribeResponse | None:
    if response.status_code == 200:
        response_200 = WebhookSubscribeResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | WebhookSubscribeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookSubscribeRequest,
) -> Response[ApiError | WebhookSubscribeResponse]:
    """Subscribe to inbound-message webhooks

     Registers `targetUrl` to receive a POST when a new inbound SMS arrives for `locationId`
    (event `new_message`). Keep the returned `webhook_id`, because unsubscribing needs it.
    The payload posted to `targetUrl` is the `newMessage` webhook (schema `InboundMessage`).

    Args:
        body (WebhookSubscribeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | WebhookSubscribeResponse]
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
    body: WebhookSubscribeRequest,
) -> ApiError | WebhookSubscribeResponse | None:
    """Subscribe to inbound-message webhooks

     Registers `targetUrl` to receive a POST when a new inbound SMS arrives for `locationId`
    (event `new_message`). Keep the returned `webhook_id`, because unsubscribing needs it.
    The payload posted to `targetUrl` is the `newMessage` webhook (schema `InboundMessage`).

    Args:
        body (WebhookSubscribeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | WebhookSubscribeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookSubscribeRequest,
) -> Response[ApiError | WebhookSubscribeResponse]:
    """Subscribe to inbound-message webhooks

     Registers `targetUrl` to receive a POST when a new inbound SMS arrives for `locationId`
    (event `new_message`). Keep the returned `webhook_id`, because unsubscribing needs it.
    The payload posted to `targetUrl` is the `newMessage` webhook (schema `InboundMessage`).

    Args:
        body (WebhookSubscribeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | WebhookSubscribeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookSubscribeRequest,
) -> ApiError | WebhookSubscribeResponse | None:
    """Subscribe to inbound-message webhooks

     Registers `targetUrl` to receive a POST when a new inbound SMS arrives for `locationId`
    (event `new_message`). Keep the returned `webhook_id`, because unsubscribing needs it.
    The payload posted to `targetUrl` is the `newMessage` webhook (schema `InboundMessage`).

    Args:
        body (WebhookSubscribeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | WebhookSubscribeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
