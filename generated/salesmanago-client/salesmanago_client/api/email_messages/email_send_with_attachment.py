from http import HTTPStatus
from typing import Any

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmailSendWithAttachmentReply:
    """The success model of an answer; any other answer raises the package's typed error."""
    success_status(response)
    try:
        response_200 = EmailSendWithAttachmentReply.from_dict(response_json(response))

        return response_200

    except PARSE_ERRORS as error:
        reason = parse_failure(error)
    raise InvalidResponseError(response, reason)  # outside the except: no traceback holding the body


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmailSendWithAttachmentReply]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
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
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[EmailSendWithAttachmentReply]: the raw answer, with the parsed model in ``parsed``.
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
) -> EmailSendWithAttachmentReply:
    """Send an email with an attachment

     Sends an existing SALESmanago email with an attached file. The request is multipart/form-data with
    two parts: `attachment` (the file) and `emailSendRequest` (a JSON document carrying the auth fields
    and the method's fields). With immediate=true the mail is dispatched at once; rule=true marks it as
    a rule email.

    Args:
        body (EmailSendWithAttachmentBody): Exactly two parts, the JSON request and the file
            (002_49c1c1f03972444b.txt:3285-3350).

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

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
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[EmailSendWithAttachmentReply]: the raw answer, with the parsed model in ``parsed``.
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
) -> EmailSendWithAttachmentReply:
    """Send an email with an attachment

     Sends an existing SALESmanago email with an attached file. The request is multipart/form-data with
    two parts: `attachment` (the file) and `emailSendRequest` (a JSON document carrying the auth fields
    and the method's fields). With immediate=true the mail is dispatched at once; rule=true marks it as
    a rule email.

    Args:
        body (EmailSendWithAttachmentBody): Exactly two parts, the JSON request and the file
            (002_49c1c1f03972444b.txt:3285-3350).

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        EmailSendWithAttachmentReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
