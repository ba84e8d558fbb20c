from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.funnel_count_reply import FunnelCountReply
from ...models.funnel_count_request import FunnelCountRequest
from ...types import Response


def _get_kwargs(
    *,
    body: FunnelCountRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/funnel/count",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FunnelCountReply | None:
    if response.status_code == 200:
        response_200 = FunnelCountReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FunnelCountReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FunnelCountRequest,
) -> Response[FunnelCountReply]:
    """Get the number of contacts in a funnel or stage

     Returns the number of contacts in the whole funnel when stage is empty, otherwise in the given
    stage.

    Args:
        body (FunnelCountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FunnelCountReply]
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
    body: FunnelCountRequest,
) -> FunnelCountReply | None:
    """Get the number of contacts in a funnel or stage

     Returns the number of contacts in the whole funnel when stage is empty, otherwise in the given
    stage.

    Args:
        body (FunnelCountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FunnelCountReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FunnelCountRequest,
) -> Response[FunnelCountReply]:
    """Get the number of contacts in a funnel or stage

     Returns the number of contacts in the whole funnel when stage is empty, otherwise in the given
    stage.

    Args:
        body (FunnelCountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FunnelCountReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FunnelCountRequest,
) -> FunnelCountReply | None:
    """Get the number of contacts in a funnel or stage

     Returns the number of contacts in the whole funnel when stage is empty, otherwise in the given
    stage.

    Args:
        body (FunnelCountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FunnelCountReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
