from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_upsert_reply import ContactUpsertReply
from ...models.contact_upsert_request import ContactUpsertRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ContactUpsertRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactUpsertReply | None:
    if response.status_code == 200:
        response_200 = ContactUpsertReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ContactUpsertReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpsertRequest,
) -> Response[ContactUpsertReply]:
    """Update an existing contact (observed)

     Updates a contact identified by the top-level email; not in the reference file, called by several
    independent clients. Same body as contact/upsert.

    Args:
        body (ContactUpsertRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactUpsertReply]
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
    body: ContactUpsertRequest,
) -> ContactUpsertReply | None:
    """Update an existing contact (observed)

     Updates a contact identified by the top-level email; not in the reference file, called by several
    independent clients. Same body as contact/upsert.

    Args:
        body (ContactUpsertRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactUpsertReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpsertRequest,
) -> Response[ContactUpsertReply]:
    """Update an existing contact (observed)

     Updates a contact identified by the top-level email; not in the reference file, called by several
    independent clients. Same body as contact/upsert.

    Args:
        body (ContactUpsertRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactUpsertReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpsertRequest,
) -> ContactUpsertReply | None:
    """Update an existing contact (observed)

     Updates a contact identified by the top-level email; not in the reference file, called by several
    independent clients. Same body as contact/upsert.

    Args:
        body (ContactUpsertRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactUpsertReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
