from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_job_reply import AsyncJobReply
from ...models.contact_batch_upsert_v2_request import ContactBatchUpsertV2Request
from ...types import Response


def _get_kwargs(
    *,
    body: ContactBatchUpsertV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/batchupsert",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AsyncJobReply | None:
    if response.status_code == 200:
        response_200 = AsyncJobReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AsyncJobReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBatchUpsertV2Request,
) -> Response[AsyncJobReply]:
    """Add or update many contacts, synchronous (observed)

     The synchronous predecessor of contact/batchupsertv2, still called by the vendor SDK and a .NET
    client. Same body as batchupsertv2.

    Args:
        body (ContactBatchUpsertV2Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncJobReply]
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
    body: ContactBatchUpsertV2Request,
) -> AsyncJobReply | None:
    """Add or update many contacts, synchronous (observed)

     The synchronous predecessor of contact/batchupsertv2, still called by the vendor SDK and a .NET
    client. Same body as batchupsertv2.

    Args:
        body (ContactBatchUpsertV2Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncJobReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBatchUpsertV2Request,
) -> Response[AsyncJobReply]:
    """Add or update many contacts, synchronous (observed)

     The synchronous predecessor of contact/batchupsertv2, still called by the vendor SDK and a .NET
    client. Same body as batchupsertv2.

    Args:
        body (ContactBatchUpsertV2Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncJobReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBatchUpsertV2Request,
) -> AsyncJobReply | None:
    """Add or update many contacts, synchronous (observed)

     The synchronous predecessor of contact/batchupsertv2, still called by the vendor SDK and a .NET
    client. Same body as batchupsertv2.

    Args:
        body (ContactBatchUpsertV2Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncJobReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
