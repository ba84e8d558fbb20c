from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_send_email_reply import EmailSendEmailReply
from ...models.email_send_email_request import EmailSendEmailRequest
from ...types import Response


def _get_kwargs(
    *,
    body: EmailSendEmailRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/email/sendEmail",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmailSendEmailReply | None:
    if response.status_code == 200:
        response_200 = EmailSendEmailReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EmailSendEmailReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailSendEmailRequest,
) -> Response[EmailSendEmailReply]:
    """Send an email

     Schedules sending of an existing SALESmanago email to the selected contacts (by email, contact ID,
    tag, funnel or funnel stage), minus the excluded ones. IMPORTANT: with addresseeType EMAIL, an
    address not yet in SALESmanago is added as a new Contact with opt-in status for Email Marketing.

    Args:
        body (EmailSendEmailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailSendEmailReply]
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
    body: EmailSendEmailRequest,
) -> EmailSendEmailReply | None:
    """Send an email

     Schedules sending of an existing SALESmanago email to the selected contacts (by email, contact ID,
    tag, funnel or funnel stage), minus the excluded ones. IMPORTANT: with addresseeType EMAIL, an
    address not yet in SALESmanago is added as a new Contact with opt-in status for Email Marketing.

    Args:
        body (EmailSendEmailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailSendEmailReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailSendEmailRequest,
) -> Response[EmailSendEmailReply]:
    """Send an email

     Schedules sending of an existing SALESmanago email to the selected contacts (by email, contact ID,
    tag, funnel or funnel stage), minus the excluded ones. IMPORTANT: with addresseeType EMAIL, an
    address not yet in SALESmanago is added as a new Contact with opt-in status for Email Marketing.

    Args:
        body (EmailSendEmailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailSendEmailReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmailSendEmailRequest,
) -> EmailSendEmailReply | None:
    """Send an email

     Schedules sending of an existing SALESmanago email to the selected contacts (by email, contact ID,
    tag, funnel or funnel stage), minus the excluded ones. IMPORTANT: with addresseeType EMAIL, an
    address not yet in SALESmanago is added as a new Contact with opt-in status for Email Marketing.

    Args:
        body (EmailSendEmailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailSendEmailReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
