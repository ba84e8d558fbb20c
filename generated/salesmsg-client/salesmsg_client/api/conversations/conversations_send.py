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
    id: int,
    *,
    message: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["message"] = message

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations/{id}/send".format(
            id=quote(str(id), safe=""),
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    message: str | Unset = UNSET,
) -> Response[Message]:
    """Send a message to a conversation (documented, contradicted)

     **Deprecated: contradicted by evidence.** File 001 walks through this call to send a reply into a
    conversation. An integration that used it got **404** and switched to `POST
    /messages/{conversation}`
    (operation `messagesSendToConversation`), which works (EVIDENCE.md:83-86). 001 does not name the
    field that carries the text; it is modelled as the `message` query parameter, like the working
    operation.

    Args:
        id (int):
        message (str | Unset):

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
        id=id,
        message=message,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    message: str | Unset = UNSET,
) -> Message:
    """Send a message to a conversation (documented, contradicted)

     **Deprecated: contradicted by evidence.** File 001 walks through this call to send a reply into a
    conversation. An integration that used it got **404** and switched to `POST
    /messages/{conversation}`
    (operation `messagesSendToConversation`), which works (EVIDENCE.md:83-86). 001 does not name the
    field that carries the text; it is modelled as the `message` query parameter, like the working
    operation.

    Args:
        id (int):
        message (str | Unset):

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
        id=id,
        client=client,
        message=message,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    message: str | Unset = UNSET,
) -> Response[Message]:
    """Send a message to a conversation (documented, contradicted)

     **Deprecated: contradicted by evidence.** File 001 walks through this call to send a reply into a
    conversation. An integration that used it got **404** and switched to `POST
    /messages/{conversation}`
    (operation `messagesSendToConversation`), which works (EVIDENCE.md:83-86). 001 does not name the
    field that carries the text; it is modelled as the `message` query parameter, like the working
    operation.

    Args:
        id (int):
        message (str | Unset):

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
        id=id,
        message=message,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    message: str | Unset = UNSET,
) -> Message:
    """Send a message to a conversation (documented, contradicted)

     **Deprecated: contradicted by evidence.** File 001 walks through this call to send a reply into a
    conversation. An integration that used it got **404** and switched to `POST
    /messages/{conversation}`
    (operation `messagesSendToConversation`), which works (EVIDENCE.md:83-86). 001 does not name the
    field that carries the text; it is modelled as the `message` query parameter, like the working
    operation.

    Args:
        id (int):
        message (str | Unset):

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
            id=id,
            client=client,
            message=message,
        )
    ).parsed
