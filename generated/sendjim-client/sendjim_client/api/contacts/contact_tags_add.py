from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.api_version import ApiVersion
from ...models.tag_request import TagRequest
from ...models.tags_response import TagsResponse
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: TagRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["api_version"] = str(api_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/{id}/tag".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | TagsResponse | None:
    if response.status_code == 200:
        response_200 = TagsResponse.from_dict(response.json())

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
) -> Response[ApiError | TagsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TagRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> Response[ApiError | TagsResponse]:
    """Add a tag to a contact

     Adds the tag named `TagName` to the contact and returns the contact's tag names after the change.

    Args:
        id (int):
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.
        body (TagRequest): A tag name to add to or remove from a contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TagsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TagRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> ApiError | TagsResponse | None:
    """Add a tag to a contact

     Adds the tag named `TagName` to the contact and returns the contact's tag names after the change.

    Args:
        id (int):
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.
        body (TagRequest): A tag name to add to or remove from a contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TagsResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TagRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> Response[ApiError | TagsResponse]:
    """Add a tag to a contact

     Adds the tag named `TagName` to the contact and returns the contact's tag names after the change.

    Args:
        id (int):
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.
        body (TagRequest): A tag name to add to or remove from a contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TagsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TagRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> ApiError | TagsResponse | None:
    """Add a tag to a contact

     Adds the tag named `TagName` to the contact and returns the contact's tag names after the change.

    Args:
        id (int):
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.
        body (TagRequest): A tag name to add to or remove from a contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TagsResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            api_version=api_version,
        )
    ).parsed
