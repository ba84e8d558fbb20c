from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.tags_list_sort_order import TagsListSortOrder
from ...models.tags_page import TagsPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    length: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: TagsListSortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["page"] = page

    params["length"] = length

    params["sortBy"] = sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tags",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TagsPage | None:
    if response.status_code == 200:
        response_200 = TagsPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | TagsPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    length: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: TagsListSortOrder | Unset = UNSET,
) -> Response[Error | TagsPage]:
    """List tags

     List the organization's tags, page by page.

    Args:
        search (str | Unset):
        page (int | Unset):
        length (int | Unset):
        sort_by (str | Unset):
        sort_order (TagsListSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TagsPage]
    """

    kwargs = _get_kwargs(
        search=search,
        page=page,
        length=length,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    length: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: TagsListSortOrder | Unset = UNSET,
) -> Error | TagsPage | None:
    """List tags

     List the organization's tags, page by page.

    Args:
        search (str | Unset):
        page (int | Unset):
        length (int | Unset):
        sort_by (str | Unset):
        sort_order (TagsListSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TagsPage
    """

    return sync_detailed(
        client=client,
        search=search,
        page=page,
        length=length,
        sort_by=sort_by,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    length: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: TagsListSortOrder | Unset = UNSET,
) -> Response[Error | TagsPage]:
    """List tags

     List the organization's tags, page by page.

    Args:
        search (str | Unset):
        page (int | Unset):
        length (int | Unset):
        sort_by (str | Unset):
        sort_order (TagsListSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TagsPage]
    """

    kwargs = _get_kwargs(
        search=search,
        page=page,
        length=length,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    length: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: TagsListSortOrder | Unset = UNSET,
) -> Error | TagsPage | None:
    """List tags

     List the organization's tags, page by page.

    Args:
        search (str | Unset):
        page (int | Unset):
        length (int | Unset):
        sort_by (str | Unset):
        sort_order (TagsListSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TagsPage
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            page=page,
            length=length,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    ).parsed
