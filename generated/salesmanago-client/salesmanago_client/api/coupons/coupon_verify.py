from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coupon_verify_reply import CouponVerifyReply
from ...models.coupon_verify_request import CouponVerifyRequest
from ...types import Response


def _get_kwargs(
    *,
    body: CouponVerifyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/coupon/verify",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CouponVerifyReply | None:
    if response.status_code == 200:
        response_200 = CouponVerifyReply.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CouponVerifyReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CouponVerifyRequest,
) -> Response[CouponVerifyReply]:
    """Verify a coupon code

     Checks whether a coupon code is valid; with email or contactId (contactId takes priority) also
    whether it is assigned to that contact, otherwise whether it is assigned to any contact.

    Args:
        body (CouponVerifyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CouponVerifyReply]
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
    body: CouponVerifyRequest,
) -> CouponVerifyReply | None:
    """Verify a coupon code

     Checks whether a coupon code is valid; with email or contactId (contactId takes priority) also
    whether it is assigned to that contact, otherwise whether it is assigned to any contact.

    Args:
        body (CouponVerifyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CouponVerifyReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CouponVerifyRequest,
) -> Response[CouponVerifyReply]:
    """Verify a coupon code

     Checks whether a coupon code is valid; with email or contactId (contactId takes priority) also
    whether it is assigned to that contact, otherwise whether it is assigned to any contact.

    Args:
        body (CouponVerifyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CouponVerifyReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CouponVerifyRequest,
) -> CouponVerifyReply | None:
    """Verify a coupon code

     Checks whether a coupon code is valid; with email or contactId (contactId takes priority) also
    whether it is assigned to that contact, otherwise whether it is assigned to any contact.

    Args:
        body (CouponVerifyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CouponVerifyReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
