from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contacts_list_request import ContactsListRequest
from ...models.contacts_page import ContactsPage
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: ContactsListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactsPage | Error | None:
    if response.status_code == 200:
        response_200 = ContactsPage.from_dict(response.json())

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
) -> Response[ContactsPage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactsListRequest,
) -> Response[ContactsPage | Error]:
    """List contacts (paged)

     List contacts page by page. One of the two operations that take a JSON body. The vendor's own
    PHP example calls it with `page: 0, length: 15, sortBy: created_at, sortOrder: desc,
    useShortResponse: true`.

    Args:
        body (ContactsListRequest): JSON body of `POST /contacts/list` (EVIDENCE.md:62).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactsPage | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactsListRequest,
) -> ContactsPage | Error | None:
    """List contacts (paged)

     List contacts page by page. One of the two operations that take a JSON body. The vendor's own
    PHP example calls it with `page: 0, length: 15, sortBy: created_at, sortOrder: desc,
    useShortResponse: true`.

    Args:
        body (ContactsListRequest): JSON body of `POST /contacts/list` (EVIDENCE.md:62).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactsPage | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactsListRequest,
) -> Response[ContactsPage | Error]:
    """List contacts (paged)

     List contacts page by page. One of the two operations that take a JSON body. The vendor's own
    PHP example calls it with `page: 0, length: 15, sortBy: created_at, sortOrder: desc,
    useShortResponse: true`.

    Args:
        body (ContactsListRequest): JSON body of `POST /contacts/list` (EVIDENCE.md:62).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactsPage | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactsListRequest,
) -> ContactsPage | Error | None:
    """List contacts (paged)

     List contacts page by page. One of the two operations that take a JSON body. The vendor's own
    PHP example calls it with `page: 0, length: 15, sortBy: created_at, sortOrder: desc,
    useShortResponse: true`.

    Args:
        body (ContactsListRequest): JSON body of `POST /contacts/list` (EVIDENCE.md:62).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactsPage | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
