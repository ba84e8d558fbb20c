import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
from ...models.conversation import Conversation
from ...models.conversations_list_filter import ConversationsListFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_: ConversationsListFilter | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    query: str | Unset = UNSET,
    before: datetime.date | Unset = UNSET,
    after: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.value

    params["filter"] = json_filter_

    params["limit"] = limit

    params["offset"] = offset

    params["query"] = query

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = before.isoformat()
    params["before"] = json_before

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = after.isoformat()
    params["after"] = json_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversations",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Conversation]:
    """The success model of an answer; any other answer raises the package's typed error."""
    success_status(response)
    try:
        response_200 = []
        _response_200 = response_json(response)
        for componentsschemas_conversation_list_item_data in _response_200:
            componentsschemas_conversation_list_item = Conversation.from_dict(
                componentsschemas_conversation_list_item_data
            )

            response_200.append(componentsschemas_conversation_list_item)

        return response_200

    except PARSE_ERRORS as error:
        reason = parse_failure(error)
    raise InvalidResponseError(response, reason)  # outside the except: no traceback holding the body


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[Conversation]]:
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
    filter_: ConversationsListFilter | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    query: str | Unset = UNSET,
    before: datetime.date | Unset = UNSET,
    after: datetime.date | Unset = UNSET,
) -> Response[list[Conversation]]:
    """List conversations

     List conversations, filtered by state and optionally by date range (file 001 walks through this
    call with "a date range" filter).

    Args:
        filter_ (ConversationsListFilter | Unset):
        limit (int | Unset):
        offset (int | Unset):
        query (str | Unset):
        before (datetime.date | Unset):
        after (datetime.date | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[list[Conversation]]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        limit=limit,
        offset=offset,
        query=query,
        before=before,
        after=after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_: ConversationsListFilter | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    query: str | Unset = UNSET,
    before: datetime.date | Unset = UNSET,
    after: datetime.date | Unset = UNSET,
) -> list[Conversation]:
    """List conversations

     List conversations, filtered by state and optionally by date range (file 001 walks through this
    call with "a date range" filter).

    Args:
        filter_ (ConversationsListFilter | Unset):
        limit (int | Unset):
        offset (int | Unset):
        query (str | Unset):
        before (datetime.date | Unset):
        after (datetime.date | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        list[Conversation]
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        limit=limit,
        offset=offset,
        query=query,
        before=before,
        after=after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: ConversationsListFilter | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    query: str | Unset = UNSET,
    before: datetime.date | Unset = UNSET,
    after: datetime.date | Unset = UNSET,
) -> Response[list[Conversation]]:
    """List conversations

     List conversations, filtered by state and optionally by date range (file 001 walks through this
    call with "a date range" filter).

    Args:
        filter_ (ConversationsListFilter | Unset):
        limit (int | Unset):
        offset (int | Unset):
        query (str | Unset):
        before (datetime.date | Unset):
        after (datetime.date | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[list[Conversation]]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        limit=limit,
        offset=offset,
        query=query,
        before=before,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_: ConversationsListFilter | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    query: str | Unset = UNSET,
    before: datetime.date | Unset = UNSET,
    after: datetime.date | Unset = UNSET,
) -> list[Conversation]:
    """List conversations

     List conversations, filtered by state and optionally by date range (file 001 walks through this
    call with "a date range" filter).

    Args:
        filter_ (ConversationsListFilter | Unset):
        limit (int | Unset):
        offset (int | Unset):
        query (str | Unset):
        before (datetime.date | Unset):
        after (datetime.date | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        list[Conversation]
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            limit=limit,
            offset=offset,
            query=query,
            before=before,
            after=after,
        )
    ).parsed
