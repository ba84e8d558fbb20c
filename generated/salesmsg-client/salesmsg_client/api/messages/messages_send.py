from http import HTTPStatus
from typing import Any

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
from ...models.message import Message
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    number: str,
    team_id: int,
    message: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    media_urlurl: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["number"] = number

    params["team_id"] = team_id

    params["message"] = message

    params["send_at"] = send_at

    json_media_urlurl: list[str] | Unset = UNSET
    if not isinstance(media_urlurl, Unset):
        json_media_urlurl = media_urlurl

    params["media_url[][url]"] = json_media_urlurl

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages",
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
    *,
    client: AuthenticatedClient | Client,
    number: str,
    team_id: int,
    message: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    media_urlurl: list[str] | Unset = UNSET,
) -> Response[Message]:
    """Send a message to a phone number

     Send an SMS (or MMS with `media_url[][url]`) from inbox `team_id` to `number`, now or at `send_at`.
    Input as query parameters, no body; a JSON `media` field is ignored. Returns the queued message.

    Args:
        number (str):
        team_id (int):
        message (str | Unset):
        send_at (str | Unset):
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
        number=number,
        team_id=team_id,
        message=message,
        send_at=send_at,
        media_urlurl=media_urlurl,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    number: str,
    team_id: int,
    message: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    media_urlurl: list[str] | Unset = UNSET,
) -> Message:
    """Send a message to a phone number

     Send an SMS (or MMS with `media_url[][url]`) from inbox `team_id` to `number`, now or at `send_at`.
    Input as query parameters, no body; a JSON `media` field is ignored. Returns the queued message.

    Args:
        number (str):
        team_id (int):
        message (str | Unset):
        send_at (str | Unset):
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
        client=client,
        number=number,
        team_id=team_id,
        message=message,
        send_at=send_at,
        media_urlurl=media_urlurl,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    number: str,
    team_id: int,
    message: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    media_urlurl: list[str] | Unset = UNSET,
) -> Response[Message]:
    """Send a message to a phone number

     Send an SMS (or MMS with `media_url[][url]`) from inbox `team_id` to `number`, now or at `send_at`.
    Input as query parameters, no body; a JSON `media` field is ignored. Returns the queued message.

    Args:
        number (str):
        team_id (int):
        message (str | Unset):
        send_at (str | Unset):
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
        number=number,
        team_id=team_id,
        message=message,
        send_at=send_at,
        media_urlurl=media_urlurl,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    number: str,
    team_id: int,
    message: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    media_urlurl: list[str] | Unset = UNSET,
) -> Message:
    """Send a message to a phone number

     Send an SMS (or MMS with `media_url[][url]`) from inbox `team_id` to `number`, now or at `send_at`.
    Input as query parameters, no body; a JSON `media` field is ignored. Returns the queued message.

    Args:
        number (str):
        team_id (int):
        message (str | Unset):
        send_at (str | Unset):
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
            client=client,
            number=number,
            team_id=team_id,
            message=message,
            send_at=send_at,
            media_urlurl=media_urlurl,
        )
    ).parsed
