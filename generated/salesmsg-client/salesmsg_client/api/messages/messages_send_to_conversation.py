from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
from ...models.message import Message
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conversation: int,
    *,
    message: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    enable_quiet_hours: bool | Unset = UNSET,
    media_urlurl: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["message"] = message

    params["send_at"] = send_at

    params["enable_quiet_hours"] = enable_quiet_hours

    json_media_urlurl: list[str] | Unset = UNSET
    if not isinstance(media_urlurl, Unset):
        json_media_urlurl = media_urlurl

    params["media_url[][url]"] = json_media_urlurl

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages/{conversation}".format(
            conversation=quote(str(conversation), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Message:
    """The success model of an answer; any other answer raises the package's typed error."""
    success_status(response)
    try:
        response_200 = Message.from_dict(response_json(response))

        return response_200

    except PARSE_ERRORS as error:
        reason = parse_failure(error)
    raise InvalidResponseError(response, reason)  # outside the except: no traceback holding the body


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Message]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    conversation: int,
    *,
    client: AuthenticatedClient | Client,
    message: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    enable_quiet_hours: bool | Unset = UNSET,
    media_urlurl: list[str] | Unset = UNSET,
) -> Response[Message]:
    """Send a message to a conversation

     Send an SMS (or MMS with `media_url[][url]`) into an existing conversation, now or at `send_at`,
    optionally respecting quiet hours. Input as query parameters, no body; a JSON `media` field is
    ignored (observed). Named by the vendor's OpenAPI document and seen working against the live API
    (it replaces file 001's `POST /conversations/{id}/send`).

    Args:
        conversation (int):
        message (str | Unset):
        send_at (str | Unset):
        enable_quiet_hours (bool | Unset):
        media_urlurl (list[str] | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[Message]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        conversation=conversation,
        message=message,
        send_at=send_at,
        enable_quiet_hours=enable_quiet_hours,
        media_urlurl=media_urlurl,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation: int,
    *,
    client: AuthenticatedClient | Client,
    message: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    enable_quiet_hours: bool | Unset = UNSET,
    media_urlurl: list[str] | Unset = UNSET,
) -> Message:
    """Send a message to a conversation

     Send an SMS (or MMS with `media_url[][url]`) into an existing conversation, now or at `send_at`,
    optionally respecting quiet hours. Input as query parameters, no body; a JSON `media` field is
    ignored (observed). Named by the vendor's OpenAPI document and seen working against the live API
    (it replaces file 001's `POST /conversations/{id}/send`).

    Args:
        conversation (int):
        message (str | Unset):
        send_at (str | Unset):
        enable_quiet_hours (bool | Unset):
        media_urlurl (list[str] | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Message
    """

    return sync_detailed(
        conversation=conversation,
        client=client,
        message=message,
        send_at=send_at,
        enable_quiet_hours=enable_quiet_hours,
        media_urlurl=media_urlurl,
    ).parsed


async def asyncio_detailed(
    conversation: int,
    *,
    client: AuthenticatedClient | Client,
    message: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    enable_quiet_hours: bool | Unset = UNSET,
    media_urlurl: list[str] | Unset = UNSET,
) -> Response[Message]:
    """Send a message to a conversation

     Send an SMS (or MMS with `media_url[][url]`) into an existing conversation, now or at `send_at`,
    optionally respecting quiet hours. Input as query parameters, no body; a JSON `media` field is
    ignored (observed). Named by the vendor's OpenAPI document and seen working against the live API
    (it replaces file 001's `POST /conversations/{id}/send`).

    Args:
        conversation (int):
        message (str | Unset):
        send_at (str | Unset):
        enable_quiet_hours (bool | Unset):
        media_urlurl (list[str] | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[Message]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        conversation=conversation,
        message=message,
        send_at=send_at,
        enable_quiet_hours=enable_quiet_hours,
        media_urlurl=media_urlurl,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation: int,
    *,
    client: AuthenticatedClient | Client,
    message: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    enable_quiet_hours: bool | Unset = UNSET,
    media_urlurl: list[str] | Unset = UNSET,
) -> Message:
    """Send a message to a conversation

     Send an SMS (or MMS with `media_url[][url]`) into an existing conversation, now or at `send_at`,
    optionally respecting quiet hours. Input as query parameters, no body; a JSON `media` field is
    ignored (observed). Named by the vendor's OpenAPI document and seen working against the live API
    (it replaces file 001's `POST /conversations/{id}/send`).

    Args:
        conversation (int):
        message (str | Unset):
        send_at (str | Unset):
        enable_quiet_hours (bool | Unset):
        media_urlurl (list[str] | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Message
    """

    return (
        await asyncio_detailed(
            conversation=conversation,
            client=client,
            message=message,
            send_at=send_at,
            enable_quiet_hours=enable_quiet_hours,
            media_urlurl=media_urlurl,
        )
    ).parsed
