from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_get_status_request import JobGetStatusRequest
from ...models.job_status_reply import JobStatusReply
from ...types import Response


def _get_kwargs(
    *,
    body: JobGetStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/job/status",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobStatusReply | None:
    if response.status_code == 200:
        response_200 = JobStatusReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[JobStatusReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JobGetStatusRequest,
) -> Response[JobStatusReply]:
    """Get URL of file with exported data

     Polls an asynchronous export (or async upsert) by the requestId returned from the export method.
    Before the job is finished the reply has only success/message (e.g. "Job not start yet"); when it is
    finished the reply carries fileUrl, valid for a few minutes. Recommended polling interval is 60
    seconds. The doc's table marks no field as required, but the text says requestId must be given.

    Args:
        body (JobGetStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobStatusReply]
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
    body: JobGetStatusRequest,
) -> JobStatusReply | None:
    """Get URL of file with exported data

     Polls an asynchronous export (or async upsert) by the requestId returned from the export method.
    Before the job is finished the reply has only success/message (e.g. "Job not start yet"); when it is
    finished the reply carries fileUrl, valid for a few minutes. Recommended polling interval is 60
    seconds. The doc's table marks no field as required, but the text says requestId must be given.

    Args:
        body (JobGetStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobStatusReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JobGetStatusRequest,
) -> Response[JobStatusReply]:
    """Get URL of file with exported data

     Polls an asynchronous export (or async upsert) by the requestId returned from the export method.
    Before the job is finished the reply has only success/message (e.g. "Job not start yet"); when it is
    finished the reply carries fileUrl, valid for a few minutes. Recommended polling interval is 60
    seconds. The doc's table marks no field as required, but the text says requestId must be given.

    Args:
        body (JobGetStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobStatusReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: JobGetStatusRequest,
) -> JobStatusReply | None:
    """Get URL of file with exported data

     Polls an asynchronous export (or async upsert) by the requestId returned from the export method.
    Before the job is finished the reply has only success/message (e.g. "Job not start yet"); when it is
    finished the reply carries fileUrl, valid for a few minutes. Recommended polling interval is 60
    seconds. The doc's table marks no field as required, but the text says requestId must be given.

    Args:
        body (JobGetStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobStatusReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
