from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workflow_get_statistics_reply import WorkflowGetStatisticsReply
from ...models.workflow_get_statistics_request import WorkflowGetStatisticsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: WorkflowGetStatisticsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workflow/statistics",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WorkflowGetStatisticsReply | None:
    if response.status_code == 200:
        response_200 = WorkflowGetStatisticsReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WorkflowGetStatisticsReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowGetStatisticsRequest,
) -> Response[WorkflowGetStatisticsReply]:
    """Workflow statistics

     Returns revenue and email statistics of one Workflow 2.0. The doc's field table says the method
    takes no additional fields, but its sample sends workflowId and period (a standard time period such
    as PREVIOUS_YEAR; the doc's list of periods is missing).

    Args:
        body (WorkflowGetStatisticsRequest): Fields shown only in the doc's sample (the table says
            no additional fields).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkflowGetStatisticsReply]
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
    body: WorkflowGetStatisticsRequest,
) -> WorkflowGetStatisticsReply | None:
    """Workflow statistics

     Returns revenue and email statistics of one Workflow 2.0. The doc's field table says the method
    takes no additional fields, but its sample sends workflowId and period (a standard time period such
    as PREVIOUS_YEAR; the doc's list of periods is missing).

    Args:
        body (WorkflowGetStatisticsRequest): Fields shown only in the doc's sample (the table says
            no additional fields).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkflowGetStatisticsReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowGetStatisticsRequest,
) -> Response[WorkflowGetStatisticsReply]:
    """Workflow statistics

     Returns revenue and email statistics of one Workflow 2.0. The doc's field table says the method
    takes no additional fields, but its sample sends workflowId and period (a standard time period such
    as PREVIOUS_YEAR; the doc's list of periods is missing).

    Args:
        body (WorkflowGetStatisticsRequest): Fields shown only in the doc's sample (the table says
            no additional fields).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkflowGetStatisticsReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowGetStatisticsRequest,
) -> WorkflowGetStatisticsReply | None:
    """Workflow statistics

     Returns revenue and email statistics of one Workflow 2.0. The doc's field table says the method
    takes no additional fields, but its sample sends workflowId and period (a standard time period such
    as PREVIOUS_YEAR; the doc's list of periods is missing).

    Args:
        body (WorkflowGetStatisticsRequest): Fields shown only in the doc's sample (the table says
            no additional fields).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkflowGetStatisticsReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
