from http import HTTPStatus
from typing import Any

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
from ...models.conversation import Conversation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    contact_id: int,
    team_id: int | Unset = UNSET,
    number_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["contact_id"] = contact_id

    params["team_id"] = team_id

    params["number_id"] = number_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations",
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
    *,
    client: AuthenticatedClient | Client,
    contact_id: int,
    team_id: int | Unset = UNSET,
    number_id: int | Unset = UNSET,
) -> Response[Conversation]:
    """Create a conversation

     Start a conversation between an inbox (`team_id`) and a contact. Input as query parameters, no body.

    Args:
        contact_id (int):
        team_id (int | Unset):
        number_id (int | Unset):

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
        contact_id=contact_id,
        team_id=team_id,
        number_id=number_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    contact_id: int,
    team_id: int | Unset = UNSET,
    number_id: int | Unset = UNSET,
) -> Conversation:
    """Create a conversation

     Start a conversation between an inbox (`team_id`) and a contact. Input as query parameters, no body.

    Args:
        contact_id (int):
        team_id (int | Unset):
        number_id (int | Unset):

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
        client=client,
        contact_id=contact_id,
        team_id=team_id,
        number_id=number_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    contact_id: int,
    team_id: int | Unset = UNSET,
    number_id: int | Unset = UNSET,
) -> Response[Conversation]:
    """Create a conversation

     Start a conversation between an inbox (`team_id`) and a contact. Input as query parameters, no body.

    Args:
        contact_id (int):
        team_id (int | Unset):
        number_id (int | Unset):

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
        contact_id=contact_id,
        team_id=team_id,
        number_id=number_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    contact_id: int,
    team_id: int | Unset = UNSET,
    number_id: int | Unset = UNSET,
) -> Conversation:
    """Create a conversation

     Start a conversation between an inbox (`team_id`) and a contact. Input as query parameters, no body.

    Args:
        contact_id (int):
        team_id (int | Unset):
        number_id (int | Unset):

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
            client=client,
            contact_id=contact_id,
            team_id=team_id,
            number_id=number_id,
        )
    ).parsed
