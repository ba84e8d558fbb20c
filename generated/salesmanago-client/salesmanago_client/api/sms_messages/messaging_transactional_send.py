from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.messaging_transactional_send_reply import MessagingTransactionalSendReply
from ...models.messaging_transactional_send_request import MessagingTransactionalSendRequest
from ...types import Response


def _get_kwargs(
    *,
    body: MessagingTransactionalSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messaging/transactional/send",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessagingTransactionalSendReply | None:
    if response.status_code == 200:
        response_200 = MessagingTransactionalSendReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessagingTransactionalSendReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessagingTransactionalSendRequest,
) -> Response[MessagingTransactionalSendReply]:
    """Send a transactional message

     Synchronously sends a real-time transactional text message from a predefined template (Mobile
    Marketing) to a single contact through an integrated SMS gateway. The method must first be activated
    for the account by Customer Support. For SALESmanago SMS use provider NATIVE with integrationName
    "SALESmanago provider". Note the flag is spelled allowDiacritical here (allowDiacritics in
    messaging/send).

    Args:
        body (MessagingTransactionalSendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessagingTransactionalSendReply]
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
    body: MessagingTransactionalSendRequest,
) -> MessagingTransactionalSendReply | None:
    """Send a transactional message

     Synchronously sends a real-time transactional text message from a predefined template (Mobile
    Marketing) to a single contact through an integrated SMS gateway. The method must first be activated
    for the account by Customer Support. For SALESmanago SMS use provider NATIVE with integrationName
    "SALESmanago provider". Note the flag is spelled allowDiacritical here (allowDiacritics in
    messaging/send).

    Args:
        body (MessagingTransactionalSendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessagingTransactionalSendReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessagingTransactionalSendRequest,
) -> Response[MessagingTransactionalSendReply]:
    """Send a transactional message

     Synchronously sends a real-time transactional text message from a predefined template (Mobile
    Marketing) to a single contact through an integrated SMS gateway. The method must first be activated
    for the account by Customer Support. For SALESmanago SMS use provider NATIVE with integrationName
    "SALESmanago provider". Note the flag is spelled allowDiacritical here (allowDiacritics in
    messaging/send).

    Args:
        body (MessagingTransactionalSendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessagingTransactionalSendReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MessagingTransactionalSendRequest,
) -> MessagingTransactionalSendReply | None:
    """Send a transactional message

     Synchronously sends a real-time transactional text message from a predefined template (Mobile
    Marketing) to a single contact through an integrated SMS gateway. The method must first be activated
    for the account by Customer Support. For SALESmanago SMS use provider NATIVE with integrationName
    "SALESmanago provider". Note the flag is spelled allowDiacritical here (allowDiacritics in
    messaging/send).

    Args:
        body (MessagingTransactionalSendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessagingTransactionalSendReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
