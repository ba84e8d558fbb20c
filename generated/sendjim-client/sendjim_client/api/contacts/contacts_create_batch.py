from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.api_version import ApiVersion
from ...models.contact_batch_create_request import ContactBatchCreateRequest
from ...models.contact_batch_create_response import ContactBatchCreateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ContactBatchCreateRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["api_version"] = str(api_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ContactBatchCreateResponse | None:
    if response.status_code == 200:
        response_200 = ContactBatchCreateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ContactBatchCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBatchCreateRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> Response[ApiError | ContactBatchCreateResponse]:
    """Create one or more contacts

     Creates the contacts of the batch (at least one) and returns the new IDs in
    `ContactsSaved`, in order. A contact may carry `Tags` (tag names) at creation.

    Args:
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.
        body (ContactBatchCreateRequest): Body of `POST /contact`; one or more contacts to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ContactBatchCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBatchCreateRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> ApiError | ContactBatchCreateResponse | None:
    """Create one or more contacts

     Creates the contacts of the batch (at least one) and returns the new IDs in
    `ContactsSaved`, in order. A contact may carry `Tags` (tag names) at creation.

    Args:
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.
        body (ContactBatchCreateRequest): Body of `POST /contact`; one or more contacts to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ContactBatchCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBatchCreateRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> Response[ApiError | ContactBatchCreateResponse]:
    """Create one or more contacts

     Creates the contacts of the batch (at least one) and returns the new IDs in
    `ContactsSaved`, in order. A contact may carry `Tags` (tag names) at creation.

    Args:
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.
        body (ContactBatchCreateRequest): Body of `POST /contact`; one or more contacts to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ContactBatchCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBatchCreateRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> ApiError | ContactBatchCreateResponse | None:
    """Create one or more contacts

     Creates the contacts of the batch (at least one) and returns the new IDs in
    `ContactsSaved`, in order. A contact may carry `Tags` (tag names) at creation.

    Args:
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.
        body (ContactBatchCreateRequest): Body of `POST /contact`; one or more contacts to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ContactBatchCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            api_version=api_version,
        )
    ).parsed
