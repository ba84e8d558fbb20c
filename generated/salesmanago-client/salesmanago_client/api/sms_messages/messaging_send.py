from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.messaging_send_reply import MessagingSendReply
from ...models.messaging_send_request import MessagingSendRequest
from ...types import Response


def _get_kwargs(
    *,
    body: MessagingSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messaging/send",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MessagingSendReply | None:
    if response.status_code == 200:
        response_200 = MessagingSendReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MessagingSendReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessagingSendRequest,
) -> Response[MessagingSendReply]:
    """Send Mobile Marketing messages

     Sends a text message (SMS, WhatsApp, Viber) to the selected contacts, either from a template
    (templateName) or with textContent; only one of the two may be given. time is the sending time in
    ms: from one day before now (meaning now) up to one year ahead; default now.

    Args:
        body (MessagingSendRequest): Only one of templateName and textContent may be given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessagingSendReply]
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
    body: MessagingSendRequest,
) -> MessagingSendReply | None:
    """Send Mobile Marketing messages

     Sends a text message (SMS, WhatsApp, Viber) to the selected contacts, either from a template
    (templateName) or with textContent; only one of the two may be given. time is the sending time in
    ms: from one day before now (meaning now) up to one year ahead; default now.

    Args:
        body (MessagingSendRequest): Only one of templateName and textContent may be given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessagingSendReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessagingSendRequest,
) -> Response[MessagingSendReply]:
    """Send Mobile Marketing messages

     Sends a text message (SMS, WhatsApp, Viber) to the selected contacts, either from a template
    (templateName) or with textContent; only one of the two may be given. time is the sending time in
    ms: from one day before now (meaning now) up to one year ahead; default now.

    Args:
        body (MessagingSendRequest): Only one of templateName and textContent may be given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessagingSendReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MessagingSendRequest,
) -> MessagingSendReply | None:
    """Send Mobile Marketing messages

     Sends a text message (SMS, WhatsApp, Viber) to the selected contacts, either from a template
    (templateName) or with textContent; only one of the two may be given. time is the sending time in
    ms: from one day before now (meaning now) up to one year ahead; default now.

    Args:
        body (MessagingSendRequest): Only one of templateName and textContent may be given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessagingSendReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
