from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_send_with_attachment_body import EmailSendWithAttachmentBody
from ...models.email_send_with_attachment_reply import EmailSendWithAttachmentReply
from ...types import Response


def _get_kwargs(
    *,
    body: EmailSendWithAttachmentBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/email/sendWithAttachment",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailSendWithAttachmentReply | None:
    if response.status_code == 200:
        response_200 = EmailSendWithAttachmentReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmailSendWithAttachmentReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailSendWithAttachmentBody,
) -> Response[EmailSendWithAttachmentReply]:
    """Send an email with an attachment

     Sends an existing SALESmanago email with an attached file. The request is multipart/form-data with
    two parts: `attachment` (the file) and `emailSendRequest` (a JSON document carrying the auth fields
    and the method's fields). With immediate=true the mail is dispatched at once; rule=true marks it as
    a rule email.

    Args:
        body (EmailSendWithAttachmentBody): Exactly two parts, the JSON request and the file
            (002_49c1c1f03972444b.txt:3285-3350).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailSendWithAttachmentReply]
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
    body: EmailSendWithAttachmentBody,
) -> EmailSendWithAttachmentReply | None:
    """Send an email with an attachment

     Sends an existing SALESmanago email with an attached file. The request is multipart/form-data with
    two parts: `attachment` (the file) and `emailSendRequest` (a JSON document carrying the auth fields
    and the method's fields). With immediate=true the mail is dispatched at once; rule=true marks it as
    a rule email.

    Args:
        body (EmailSendWithAttachmentBody): Exactly two parts, the JSON request and the file
            (002_49c1c1f03972444b.txt:3285-3350).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailSendWithAttachmentReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailSendWithAttachmentBody,
) -> Response[EmailSendWithAttachmentReply]:
    """Send an email with an attachment

     Sends an existing SALESmanago email with an attached file. The request is multipart/form-data with
    two parts: `attachment` (the file) and `emailSendRequest` (a JSON document carrying the auth fields
    and the method's fields). With immediate=true the mail is dispatched at once; rule=true marks it as
    a rule email.

    Args:
        body (EmailSendWithAttachmentBody): Exactly two parts, the JSON request and the file
            (002_49c1c1f03972444b.txt:3285-3350).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailSendWithAttachmentReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmailSendWithAttachmentBody,
) -> EmailSendWithAttachmentReply | None:
    """Send an email with an attachment

     Sends an existing SALESmanago email with an attached file. The request is multipart/form-data with
    two parts: `attachment` (the file) and `emailSendRequest` (a JSON document carrying the auth fields
    and the method's fields). With immediate=true the mail is dispatched at once; rule=true marks it as
    a rule email.

    Args:
        body (EmailSendWithAttachmentBody): Exactly two parts, the JSON request and the file
            (002_49c1c1f03972444b.txt:3285-3350).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailSendWithAttachmentReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
