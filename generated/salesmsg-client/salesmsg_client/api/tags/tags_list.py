from http import HTTPStatus
from typing import Any

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TagsPage:
    """The success model of an answer; any other answer raises the package's typed error."""
    success_status(response)
    try:
        response_200 = TagsPage.from_dict(response_json(response))

        return response_200

    except PARSE_ERRORS as error:
        reason = parse_failure(error)
    raise InvalidResponseError(response, reason)  # outside the except: no traceback holding the body


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TagsPage]:
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
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    length: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: TagsListSortOrder | Unset = UNSET,
) -> Response[TagsPage]:
    """List tags

     List the organization's tags, page by page.

    Args:
        search (str | Unset):
        page (int | Unset):
        length (int | Unset):
        sort_by (str | Unset):
        sort_order (TagsListSortOrder | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[TagsPage]: the raw answer, with the parsed model in ``parsed``.
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
) -> TagsPage:
    """List tags

     List the organization's tags, page by page.

    Args:
        search (str | Unset):
        page (int | Unset):
        length (int | Unset):
        sort_by (str | Unset):
        sort_order (TagsListSortOrder | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        TagsPage
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
) -> Response[TagsPage]:
    """List tags

     List the organization's tags, page by page.

    Args:
        search (str | Unset):
        page (int | Unset):
        length (int | Unset):
        sort_by (str | Unset):
        sort_order (TagsListSortOrder | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[TagsPage]: the raw answer, with the parsed model in ``parsed``.
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
) -> TagsPage:
    """List tags

     List the organization's tags, page by page.

    Args:
        search (str | Unset):
        page (int | Unset):
        length (int | Unset):
        sort_by (str | Unset):
        sort_order (TagsListSortOrder | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        TagsPage
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
