from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[Message]]:
    """List a conversation's messages (documented, contradicted)

     **Deprecated: contradicted by evidence.** File 001 walks through this call to read a conversation's
    messages ("specify parameters (e.g., the number of messages to retrieve)", parameter names not
    given). No other source confirms the path (EVIDENCE.md:83-86); integrations read messages with
    `GET /messages/{conversation}` (operation `messagesList`) instead. The response is assumed to be the
    same array of messages.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Message]]
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
) -> Error | list[Message] | None:
    """List a conversation's messages (documented, contradicted)

     **Deprecated: contradicted by evidence.** File 001 walks through this call to read a conversation's
    messages ("specify parameters (e.g., the number of messages to retrieve)", parameter names not
    given). No other source confirms the path (EVIDENCE.md:83-86); integrations read messages with
    `GET /messages/{conversation}` (operation `messagesList`) instead. The response is assumed to be the
    same array of messages.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Message]
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[Message]]:
    """List a conversation's messages (documented, contradicted)

     **Deprecated: contradicted by evidence.** File 001 walks through this call to read a conversation's
    messages ("specify parameters (e.g., the number of messages to retrieve)", parameter names not
    given). No other source confirms the path (EVIDENCE.md:83-86); integrations read messages with
    `GET /messages/{conversation}` (operation `messagesList`) instead. The response is assumed to be the
    same array of messages.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Message]]
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
) -> Error | list[Message] | None:
    """List a conversation's messages (documented, contradicted)

     **Deprecated: contradicted by evidence.** File 001 walks through this call to read a conversation's
    messages ("specify parameters (e.g., the number of messages to retrieve)", parameter names not
    given). No other source confirms the path (EVIDENCE.md:83-86); integrations read messages with
    `GET /messages/{conversation}` (operation `messagesList`) instead. The response is assumed to be the
    same array of messages.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Message]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
