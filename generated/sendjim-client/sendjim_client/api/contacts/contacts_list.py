from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.api_version import ApiVersion
from ...models.contact_list import ContactList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["api_version"] = str(api_version)

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | ContactList | None:
    if response.status_code == 200:
        response_200 = ContactList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ContactList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> Response[ApiError | ContactList]:
    """List contacts, one page at a time

     One page of the account's contacts with the totals needed to page through them
    (`TotalNumberOfContacts`, `TotalNumberOfPages`). Pages are numbered from 1.

    Args:
        page (int | Unset):
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ContactList]
    """

    kwargs = _get_kwargs(
        page=page,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> ApiError | ContactList | None:
    """List contacts, one page at a time

     One page of the account's contacts with the totals needed to page through them
    (`TotalNumberOfContacts`, `TotalNumberOfPages`). Pages are numbered from 1.

    Args:
        page (int | Unset):
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ContactList
    """

    return sync_detailed(
        client=client,
        page=page,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> Response[ApiError | ContactList]:
    """List contacts, one page at a time

     One page of the account's contacts with the totals needed to page through them
    (`TotalNumberOfContacts`, `TotalNumberOfPages`). Pages are numbered from 1.

    Args:
        page (int | Unset):
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ContactList]
    """

    kwargs = _get_kwargs(
        page=page,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> ApiError | ContactList | None:
    """List contacts, one page at a time

     One page of the account's contacts with the totals needed to page through them
    (`TotalNumberOfContacts`, `TotalNumberOfPages`). Pages are numbered from 1.

    Args:
        page (int | Unset):
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ContactList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            api_version=api_version,
        )
    ).parsed
