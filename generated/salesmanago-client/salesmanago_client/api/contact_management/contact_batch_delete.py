from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_batch_delete_reply import ContactBatchDeleteReply
from ...models.contact_batch_delete_request import ContactBatchDeleteRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ContactBatchDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/batchDelete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactBatchDeleteReply | None:
    if response.status_code == 200:
        response_200 = ContactBatchDeleteReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactBatchDeleteReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBatchDeleteRequest,
) -> Response[ContactBatchDeleteReply]:
    """Delete many contacts

     Deletes many contacts at once, selected by email, contact ID, tag, funnel or funnel stage (optValue
    lists stage names, comma-separated, for STAGE). A value may hold several comma-separated items, as
    in the sample.

    Args:
        body (ContactBatchDeleteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactBatchDeleteReply]
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
    body: ContactBatchDeleteRequest,
) -> ContactBatchDeleteReply | None:
    """Delete many contacts

     Deletes many contacts at once, selected by email, contact ID, tag, funnel or funnel stage (optValue
    lists stage names, comma-separated, for STAGE). A value may hold several comma-separated items, as
    in the sample.

    Args:
        body (ContactBatchDeleteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactBatchDeleteReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBatchDeleteRequest,
) -> Response[ContactBatchDeleteReply]:
    """Delete many contacts

     Deletes many contacts at once, selected by email, contact ID, tag, funnel or funnel stage (optValue
    lists stage names, comma-separated, for STAGE). A value may hold several comma-separated items, as
    in the sample.

    Args:
        body (ContactBatchDeleteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactBatchDeleteReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBatchDeleteRequest,
) -> ContactBatchDeleteReply | None:
    """Delete many contacts

     Deletes many contacts at once, selected by email, contact ID, tag, funnel or funnel stage (optValue
    lists stage names, comma-separated, for STAGE). A value may hold several comma-separated items, as
    in the sample.

    Args:
        body (ContactBatchDeleteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactBatchDeleteReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
