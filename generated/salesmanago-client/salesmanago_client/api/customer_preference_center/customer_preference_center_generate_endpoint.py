from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_preference_center_generate_endpoint_reply import CustomerPreferenceCenterGenerateEndpointReply
from ...models.customer_preference_center_generate_endpoint_request import (
    CustomerPreferenceCenterGenerateEndpointRequest,
)
from ...types import Response


def _get_kwargs(
    *,
    body: CustomerPreferenceCenterGenerateEndpointRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customerPreferenceCenter/generateEndpoint",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerPreferenceCenterGenerateEndpointReply | None:
    if response.status_code == 200:
        response_200 = CustomerPreferenceCenterGenerateEndpointReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomerPreferenceCenterGenerateEndpointReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerPreferenceCenterGenerateEndpointRequest,
) -> Response[CustomerPreferenceCenterGenerateEndpointReply]:
    """Generate pre-authorized Customer Preference Center URL

     Returns a pre-authorized URL of a Customer Preference Center view for the given contact.

    Args:
        body (CustomerPreferenceCenterGenerateEndpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerPreferenceCenterGenerateEndpointReply]
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
    body: CustomerPreferenceCenterGenerateEndpointRequest,
) -> CustomerPreferenceCenterGenerateEndpointReply | None:
    """Generate pre-authorized Customer Preference Center URL

     Returns a pre-authorized URL of a Customer Preference Center view for the given contact.

    Args:
        body (CustomerPreferenceCenterGenerateEndpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerPreferenceCenterGenerateEndpointReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerPreferenceCenterGenerateEndpointRequest,
) -> Response[CustomerPreferenceCenterGenerateEndpointReply]:
    """Generate pre-authorized Customer Preference Center URL

     Returns a pre-authorized URL of a Customer Preference Center view for the given contact.

    Args:
        body (CustomerPreferenceCenterGenerateEndpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerPreferenceCenterGenerateEndpointReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerPreferenceCenterGenerateEndpointRequest,
) -> CustomerPreferenceCenterGenerateEndpointReply | None:
    """Generate pre-authorized Customer Preference Center URL

     Returns a pre-authorized URL of a Customer Preference Center view for the given contact.

    Args:
        body (CustomerPreferenceCenterGenerateEndpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerPreferenceCenterGenerateEndpointReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
