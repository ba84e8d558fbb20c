from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.messages_page import MessagesPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conversation: int,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    only_scheduled: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["only_scheduled"] = only_scheduled

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages/{conversation}/paginated".format(
            conversation=quote(str(conversation), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MessagesPage | None:
    if response.status_code == 200:
        response_200 = MessagesPage.from_dict(response.json())

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
) -> Response[Error | MessagesPage]:
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
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    only_scheduled: bool | Unset = UNSET,
) -> Response[Error | MessagesPage]:
    """List a conversation's messages (paged)

     The messages of a conversation, page by page, optionally only the scheduled ones.

    Args:
        conversation (int):
        page (int | Unset):
        per_page (int | Unset):
        only_scheduled (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessagesPage]
    """

    kwargs = _get_kwargs(
        conversation=conversation,
        page=page,
        per_page=per_page,
        only_scheduled=only_scheduled,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    only_scheduled: bool | Unset = UNSET,
) -> Error | MessagesPage | None:
    """List a conversation's messages (paged)

     The messages of a conversation, page by page, optionally only the scheduled ones.

    Args:
        conversation (int):
        page (int | Unset):
        per_page (int | Unset):
        only_scheduled (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessagesPage
    """

    return sync_detailed(
        conversation=conversation,
        client=client,
        page=page,
        per_page=per_page,
        only_scheduled=only_scheduled,
    ).parsed


async def asyncio_detailed(
    conversation: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    only_scheduled: bool | Unset = UNSET,
) -> Response[Error | MessagesPage]:
    """List a conversation's messages (paged)

     The messages of a conversation, page by page, optionally only the scheduled ones.

    Args:
        conversation (int):
        page (int | Unset):
        per_page (int | Unset):
        only_scheduled (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessagesPage]
    """

    kwargs = _get_kwargs(
        conversation=conversation,
        page=page,
        per_page=per_page,
        only_scheduled=only_scheduled,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    only_scheduled: bool | Unset = UNSET,
) -> Error | MessagesPage | None:
    """List a conversation's messages (paged)

     The messages of a conversation, page by page, optionally only the scheduled ones.

    Args:
        conversation (int):
        page (int | Unset):
        per_page (int | Unset):
        only_scheduled (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessagesPage
    """

    return (
        await asyncio_detailed(
            conversation=conversation,
            client=client,
            page=page,
            per_page=per_page,
            only_scheduled=only_scheduled,
        )
    ).parsed
