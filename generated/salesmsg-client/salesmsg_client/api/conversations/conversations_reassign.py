from http import HTTPStatus
from typing import Any, Literal
from urllib.parse import quote

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
from ...models.conversation import Conversation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conversation: int,
    *,
    user_id: int | Literal[""] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_user_id: int | Literal[""] | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations/{conversation}/reassign".format(
            conversation=quote(str(conversation), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Conversation:
    """The success model of an answer; any other answer raises the package's typed error."""
    success_status(response)
    try:
        response_200 = Conversation.from_dict(response_json(response))

        return response_200

    except PARSE_ERRORS as error:
        reason = parse_failure(error)
    raise InvalidResponseError(response, reason)  # outside the except: no traceback holding the body


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Conversation]:
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
    user_id: int | Literal[""] | Unset = UNSET,
) -> Response[Conversation]:
    """Reassign a conversation

     Assign the conversation to user `user_id`. An empty `user_id` unassigns it. Input as a query
    parameter, no body.

    Args:
        conversation (int):
        user_id (int | Literal[''] | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[Conversation]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        conversation=conversation,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation: int,
    *,
    client: AuthenticatedClient | Client,
    user_id: int | Literal[""] | Unset = UNSET,
) -> Conversation:
    """Reassign a conversation

     Assign the conversation to user `user_id`. An empty `user_id` unassigns it. Input as a query
    parameter, no body.

    Args:
        conversation (int):
        user_id (int | Literal[''] | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Conversation
    """

    return sync_detailed(
        conversation=conversation,
        client=client,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    conversation: int,
    *,
    client: AuthenticatedClient | Client,
    user_id: int | Literal[""] | Unset = UNSET,
) -> Response[Conversation]:
    """Reassign a conversation

     Assign the conversation to user `user_id`. An empty `user_id` unassigns it. Input as a query
    parameter, no body.

    Args:
        conversation (int):
        user_id (int | Literal[''] | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[Conversation]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        conversation=conversation,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation: int,
    *,
    client: AuthenticatedClient | Client,
    user_id: int | Literal[""] | Unset = UNSET,
) -> Conversation:
    """Reassign a conversation

     Assign the conversation to user `user_id`. An empty `user_id` unassigns it. Input as a query
    parameter, no body.

    Args:
        conversation (int):
        user_id (int | Literal[''] | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Conversation
    """

    return (
        await asyncio_detailed(
            conversation=conversation,
            client=client,
            user_id=user_id,
        )
    ).parsed
