from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_job_reply import AsyncJobReply
from ...models.contact_export_data_request import ContactExportDataRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ContactExportDataRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/export/data",
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
    body: ContactExportDataRequest,
) -> Response[AsyncJobReply]:
    """Export contacts' data asynchronously

     Queues an export of the chosen data types (at least one) for the contacts picked by the selectors
    (email, tag, contact_id, funnel, stage). The reply carries a requestId to poll with job/status,
    which eventually returns a short-lived link to a JSON file keyed by contact ID (structure shown at
    002_49c1c1f03972444b.txt:1415-1683).

    Args:
        body (ContactExportDataRequest):

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
    body: ContactExportDataRequest,
) -> AsyncJobReply | None:
    """Export contacts' data asynchronously

     Queues an export of the chosen data types (at least one) for the contacts picked by the selectors
    (email, tag, contact_id, funnel, stage). The reply carries a requestId to poll with job/status,
    which eventually returns a short-lived link to a JSON file keyed by contact ID (structure shown at
    002_49c1c1f03972444b.txt:1415-1683).

    Args:
        body (ContactExportDataRequest):

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
    body: ContactExportDataRequest,
) -> Response[AsyncJobReply]:
    """Export contacts' data asynchronously

     Queues an export of the chosen data types (at least one) for the contacts picked by the selectors
    (email, tag, contact_id, funnel, stage). The reply carries a requestId to poll with job/status,
    which eventually returns a short-lived link to a JSON file keyed by contact ID (structure shown at
    002_49c1c1f03972444b.txt:1415-1683).

    Args:
        body (ContactExportDataRequest):

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
    body: ContactExportDataRequest,
) -> AsyncJobReply | None:
    """Export contacts' data asynchronously

     Queues an export of the chosen data types (at least one) for the contacts picked by the selectors
    (email, tag, contact_id, funnel, stage). The reply carries a requestId to poll with job/status,
    which eventually returns a short-lived link to a JSON file keyed by contact ID (structure shown at
    002_49c1c1f03972444b.txt:1415-1683).

    Args:
        body (ContactExportDataRequest):

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
