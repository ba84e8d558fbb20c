from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_send_confirmation_reply import EmailSendConfirmationReply
from ...models.email_send_confirmation_request import EmailSendConfirmationRequest
from ...types import Response


def _get_kwargs(
    *,
    body: EmailSendConfirmationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/email/sendConfirmation",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailSendConfirmationReply | None:
    if response.status_code == 200:
        response_200 = EmailSendConfirmationReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmailSendConfirmationReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailSendConfirmationRequest,
) -> Response[EmailSendConfirmationReply]:
    """Send a subscription confirmation (double opt-in) email

     Sends a subscription confirmation (double opt-in) email to an existing Contact with opt-out status,
    optionally only if the Contact has the given tag. The confirmation email is chosen either by
    language (doubleOptInLanguage) or by email ID (doubleOptInEmailId).

    Args:
        body (EmailSendConfirmationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailSendConfirmationReply]
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
    body: EmailSendConfirmationRequest,
) -> EmailSendConfirmationReply | None:
    """Send a subscription confirmation (double opt-in) email

     Sends a subscription confirmation (double opt-in) email to an existing Contact with opt-out status,
    optionally only if the Contact has the given tag. The confirmation email is chosen either by
    language (doubleOptInLanguage) or by email ID (doubleOptInEmailId).

    Args:
        body (EmailSendConfirmationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailSendConfirmationReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailSendConfirmationRequest,
) -> Response[EmailSendConfirmationReply]:
    """Send a subscription confirmation (double opt-in) email

     Sends a subscription confirmation (double opt-in) email to an existing Contact with opt-out status,
    optionally only if the Contact has the given tag. The confirmation email is chosen either by
    language (doubleOptInLanguage) or by email ID (doubleOptInEmailId).

    Args:
        body (EmailSendConfirmationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailSendConfirmationReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmailSendConfirmationRequest,
) -> EmailSendConfirmationReply | None:
    """Send a subscription confirmation (double opt-in) email

     Sends a subscription confirmation (double opt-in) email to an existing Contact with opt-out status,
    optionally only if the Contact has the given tag. The confirmation email is chosen either by
    language (doubleOptInLanguage) or by email ID (doubleOptInEmailId).

    Args:
        body (EmailSendConfirmationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailSendConfirmationReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
