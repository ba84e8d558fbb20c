from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.send_message_request import SendMessageRequest
from ...models.send_message_response import SendMessageResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SendMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SendMessageResponse | None:
    if response.status_code == 200:
        response_200 = SendMessageResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | SendMessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageRequest,
) -> Response[ApiError | SendMessageResponse]:
    """Send an SMS / MMS

     Sends an outbound SMS or MMS to `phone`, an E.164 number, from the location
    `locationId`. The message can carry text, images, PDFs, videos and other attachments,
    given as public URLs. `message` (up to 1600 characters) is required unless `attachments`
    are given.

    This operation is on a separate host, `https://api.mysmsgateway.app`. It takes the same
    OAuth access token as the main API.

    The vendor documents the error bodies (`invalid_phone`, `location_not_found`) but not
    their HTTP status codes. The codes used here (400 and 404) are guesses.

    Args:
        body (SendMessageRequest): `phone` and `locationId` are required. `message` is required
            unless `attachments` are given (at least one URL).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SendMessageResponse]
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
    body: SendMessageRequest,
) -> ApiError | SendMessageResponse | None:
    """Send an SMS / MMS

     Sends an outbound SMS or MMS to `phone`, an E.164 number, from the location
    `locationId`. The message can carry text, images, PDFs, videos and other attachments,
    given as public URLs. `message` (up to 1600 characters) is required unless `attachments`
    are given.

    This operation is on a separate host, `https://api.mysmsgateway.app`. It takes the same
    OAuth access token as the main API.

    The vendor documents the error bodies (`invalid_phone`, `location_not_found`) but not
    their HTTP status codes. The codes used here (400 and 404) are guesses.

    Args:
        body (SendMessageRequest): `phone` and `locationId` are required. `message` is required
            unless `attachments` are given (at least one URL).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SendMessageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageRequest,
) -> Response[ApiError | SendMessageResponse]:
    """Send an SMS / MMS

     Sends an outbound SMS or MMS to `phone`, an E.164 number, from the location
    `locationId`. The message can carry text, images, PDFs, videos and other attachments,
    given as public URLs. `message` (up to 1600 characters) is required unless `attachments`
    are given.

    This operation is on a separate host, `https://api.mysmsgateway.app`. It takes the same
    OAuth access token as the main API.

    The vendor documents the error bodies (`invalid_phone`, `location_not_found`) but not
    their HTTP status codes. The codes used here (400 and 404) are guesses.

    Args:
        body (SendMessageRequest): `phone` and `locationId` are required. `message` is required
            unless `attachments` are given (at least one URL).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SendMessageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageRequest,
) -> ApiError | SendMessageResponse | None:
    """Send an SMS / MMS

     Sends an outbound SMS or MMS to `phone`, an E.164 number, from the location
    `locationId`. The message can carry text, images, PDFs, videos and other attachments,
    given as public URLs. `message` (up to 1600 characters) is required unless `attachments`
    are given.

    This operation is on a separate host, `https://api.mysmsgateway.app`. It takes the same
    OAuth access token as the main API.

    The vendor documents the error bodies (`invalid_phone`, `location_not_found`) but not
    their HTTP status codes. The codes used here (400 and 404) are guesses.

    Args:
        body (SendMessageRequest): `phone` and `locationId` are required. `message` is required
            unless `attachments` are given (at least one URL).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SendMessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
