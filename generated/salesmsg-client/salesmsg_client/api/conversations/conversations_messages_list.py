from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
from ...models.message import Message
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversations/{id}/messages".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Message]:
    """The success model of an answer; any other answer raises the package's typed error."""
    success_status(response)
    try:
        response_200 = []
        _response_200 = response_json(response)
        for componentsschemas_message_list_item_data in _response_200:
            componentsschemas_message_list_item = Message.from_dict(componentsschemas_message_list_item_data)

            response_200.append(componentsschemas_message_list_item)

        return response_200

    except PARSE_ERRORS as error:
        reason = parse_failure(error)
    raise InvalidResponseError(response, reason)  # outside the except: no traceback holding the body


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[Message]]:
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
) -> Response[list[Message]]:
    """List a conversation's messages (documented, contradicted)

     **Deprecated: contradicted by evidence.** File 001 walks through this call to read a conversation's
    messages ("specify parameters (e.g., the number of messages to retrieve)", parameter names not
    given). No other source confirms the path (EVIDENCE.md:83-86); integrations read messages with
    `GET /messages/{conversation}` (operation `messagesList`) instead. The response is assumed to be the
    same array of messages.

    Args:
        id (int):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[list[Message]]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> list[Message]:
    """List a conversation's messages (documented, contradicted)

     **Deprecated: contradicted by evidence.** File 001 walks through this call to read a conversation's
    messages ("specify parameters (e.g., the number of messages to retrieve)", parameter names not
    given). No other source confirms the path (EVIDENCE.md:83-86); integrations read messages with
    `GET /messages/{conversation}` (operation `messagesList`) instead. The response is assumed to be the
    same array of messages.

    Args:
        id (int):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        list[Message]
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Message]]:
    """List a conversation's messages (documented, contradicted)

     **Deprecated: contradicted by evidence.** File 001 walks through this call to read a conversation's
    messages ("specify parameters (e.g., the number of messages to retrieve)", parameter names not
    given). No other source confirms the path (EVIDENCE.md:83-86); integrations read messages with
    `GET /messages/{conversation}` (operation `messagesList`) instead. The response is assumed to be the
    same array of messages.

    Args:
        id (int):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[list[Message]]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> list[Message]:
    """List a conversation's messages (documented, contradicted)

     **Deprecated: contradicted by evidence.** File 001 walks through this call to read a conversation's
    messages ("specify parameters (e.g., the number of messages to retrieve)", parameter names not
    given). No other source confirms the path (EVIDENCE.md:83-86); integrations read messages with
    `GET /messages/{conversation}` (operation `messagesList`) instead. The response is assumed to be the
    same array of messages.

    Args:
        id (int):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        list[Message]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
