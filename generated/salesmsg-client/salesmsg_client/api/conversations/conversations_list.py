import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation import Conversation
from ...models.conversations_list_filter import ConversationsListFilter
from ...models.error import Error
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Conversation] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_conversation_list_item_data in _response_200:
            componentsschemas_conversation_list_item = Conversation.from_dict(
                componentsschemas_conversation_list_item_data
            )

            response_200.append(componentsschemas_conversation_list_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Conversation]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
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
) -> Response[Error | list[Conversation]]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Conversation]]
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
) -> Error | list[Conversation] | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Conversation]
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
) -> Response[Error | list[Conversation]]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Conversation]]
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
) -> Error | list[Conversation] | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Conversation]
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
