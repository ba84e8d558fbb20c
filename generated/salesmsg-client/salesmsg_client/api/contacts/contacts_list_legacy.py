from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contacts_page import ContactsPage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    length: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["page"] = page

    params["length"] = length

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactsPage | Error | None:
    if response.status_code == 200:
        response_200 = ContactsPage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    length: int | Unset = UNSET,
) -> Response[ContactsPage | Error]:
    """List contacts (deprecated query form)

     The query-parameter contact list that the vendor's v2.3 document marks deprecated and several
    integrations still call (EVIDENCE.md "Independent clients"). Use `POST /contacts/list`
    (operation `contactsList`).

    Args:
        search (str | Unset):
        page (int | Unset):
        length (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactsPage | Error]
    """

    kwargs = _get_kwargs(
        search=search,
        page=page,
        length=length,
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
) -> ContactsPage | Error | None:
    """List contacts (deprecated query form)

     The query-parameter contact list that the vendor's v2.3 document marks deprecated and several
    integrations still call (EVIDENCE.md "Independent clients"). Use `POST /contacts/list`
    (operation `contactsList`).

    Args:
        search (str | Unset):
        page (int | Unset):
        length (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactsPage | Error
    """

    return sync_detailed(
        client=client,
        search=search,
        page=page,
        length=length,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    length: int | Unset = UNSET,
) -> Response[ContactsPage | Error]:
    """List contacts (deprecated query form)

     The query-parameter contact list that the vendor's v2.3 document marks deprecated and several
    integrations still call (EVIDENCE.md "Independent clients"). Use `POST /contacts/list`
    (operation `contactsList`).

    Args:
        search (str | Unset):
        page (int | Unset):
        length (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactsPage | Error]
    """

    kwargs = _get_kwargs(
        search=search,
        page=page,
        length=length,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    length: int | Unset = UNSET,
) -> ContactsPage | Error | None:
    """List contacts (deprecated query form)

     The query-parameter contact list that the vendor's v2.3 document marks deprecated and several
    integrations still call (EVIDENCE.md "Independent clients"). Use `POST /contacts/list`
    (operation `contactsList`).

    Args:
        search (str | Unset):
        page (int | Unset):
        length (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactsPage | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            page=page,
            length=length,
        )
    ).parsed
