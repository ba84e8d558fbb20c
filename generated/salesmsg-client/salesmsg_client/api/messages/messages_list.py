from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message import Message
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conversation: int,
    *,
    limit: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages/{conversation}".format(
            conversation=quote(str(conversation), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Message] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_message_list_item_data in _response_200:
            componentsschemas_message_list_item = Message.from_dict(componentsschemas_message_list_item_data)

            response_200.append(componentsschemas_message_list_item)

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
) -> Response[Error | list[Message]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
) -> Response[Error | list[Message]]:
    """List a conversation's messages

     The messages of a conversation as a bare array; page backwards with `before_id`. Seen working
    against the live API (it replaces file 001's `GET /conversations/{id}/messages`).

    Args:
        conversation (int):
        limit (int | Unset):
        before_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Message]]
    """

    kwargs = _get_kwargs(
        conversation=conversation,
        limit=limit,
        before_id=before_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
) -> Error | list[Message] | None:
    """List a conversation's messages

     The messages of a conversation as a bare array; page backwards with `before_id`. Seen working
    against the live API (it replaces file 001's `GET /conversations/{id}/messages`).

    Args:
        conversation (int):
        limit (int | Unset):
        before_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Message]
    """

    return sync_detailed(
        conversation=conversation,
        client=client,
        limit=limit,
        before_id=before_id,
    ).parsed


async def asyncio_detailed(
    conversation: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
) -> Response[Error | list[Message]]:
    """List a conversation's messages

     The messages of a conversation as a bare array; page backwards with `before_id`. Seen working
    against the live API (it replaces file 001's `GET /conversations/{id}/messages`).

    Args:
        conversation (int):
        limit (int | Unset):
        before_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Message]]
    """

    kwargs = _get_kwargs(
        conversation=conversation,
        limit=limit,
        before_id=before_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    before_id: int | Unset = UNSET,
) -> Error | list[Message] | None:
    """List a conversation's messages

     The messages of a conversation as a bare array; page backwards with `before_id`. Seen working
    against the live API (it replaces file 001's `GET /conversations/{id}/messages`).

    Args:
        conversation (int):
        limit (int | Unset):
        before_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Message]
    """

    return (
        await asyncio_detailed(
            conversation=conversation,
            client=client,
            limit=limit,
            before_id=before_id,
        )
    ).parsed
