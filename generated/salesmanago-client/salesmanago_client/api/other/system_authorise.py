from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.system_authorise_reply import SystemAuthoriseReply
from ...models.system_authorise_request import SystemAuthoriseRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SystemAuthoriseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/system/authorise",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SystemAuthoriseReply | None:
    if response.status_code == 200:
        response_200 = SystemAuthoriseReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SystemAuthoriseReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SystemAuthoriseRequest,
) -> Response[SystemAuthoriseReply]:
    """Temporary authorization

     Obtains a temporary token using a SALESmanago user name and password. The token may be used for
    authorization in place of the apiSecret; the reply also carries the clientId needed for further
    operations. This method is NOT signed with the usual auth envelope: the doc's sample and field table
    contain only userName and password.

    Args:
        body (SystemAuthoriseRequest): Username and password of a SALESmanago user (not the auth
            envelope).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SystemAuthoriseReply]
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
    body: SystemAuthoriseRequest,
) -> SystemAuthoriseReply | None:
    """Temporary authorization

     Obtains a temporary token using a SALESmanago user name and password. The token may be used for
    authorization in place of the apiSecret; the reply also carries the clientId needed for further
    operations. This method is NOT signed with the usual auth envelope: the doc's sample and field table
    contain only userName and password.

    Args:
        body (SystemAuthoriseRequest): Username and password of a SALESmanago user (not the auth
            envelope).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SystemAuthoriseReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SystemAuthoriseRequest,
) -> Response[SystemAuthoriseReply]:
    """Temporary authorization

     Obtains a temporary token using a SALESmanago user name and password. The token may be used for
    authorization in place of the apiSecret; the reply also carries the clientId needed for further
    operations. This method is NOT signed with the usual auth envelope: the doc's sample and field table
    contain only userName and password.

    Args:
        body (SystemAuthoriseRequest): Username and password of a SALESmanago user (not the auth
            envelope).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SystemAuthoriseReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SystemAuthoriseRequest,
) -> SystemAuthoriseReply | None:
    """Temporary authorization

     Obtains a temporary token using a SALESmanago user name and password. The token may be used for
    authorization in place of the apiSecret; the reply also carries the clientId needed for further
    operations. This method is NOT signed with the usual auth envelope: the doc's sample and field table
    contain only userName and password.

    Args:
        body (SystemAuthoriseRequest): Username and password of a SALESmanago user (not the auth
            envelope).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SystemAuthoriseReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
