from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.team import Team
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    has_membership: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["has_membership"] = has_membership

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/teams",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Team] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_team_list_item_data in _response_200:
            componentsschemas_team_list_item = Team.from_dict(componentsschemas_team_list_item_data)

            response_200.append(componentsschemas_team_list_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | list[Team]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    has_membership: bool | Unset = UNSET,
) -> Response[Error | list[Team]]:
    """List teams (inboxes)

     Teams are inboxes; a team's `id` is the `team_id` used to send from (`POST /messages`,
    `POST /conversations`). File 001 (lines 254-255) calls it the Inbox ID.

    Args:
        limit (int | Unset):
        has_membership (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Team]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        has_membership=has_membership,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    has_membership: bool | Unset = UNSET,
) -> Error | list[Team] | None:
    """List teams (inboxes)

     Teams are inboxes; a team's `id` is the `team_id` used to send from (`POST /messages`,
    `POST /conversations`). File 001 (lines 254-255) calls it the Inbox ID.

    Args:
        limit (int | Unset):
        has_membership (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Team]
    """

    return sync_detailed(
        client=client,
        limit=limit,
        has_membership=has_membership,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    has_membership: bool | Unset = UNSET,
) -> Response[Error | list[Team]]:
    """List teams (inboxes)

     Teams are inboxes; a team's `id` is the `team_id` used to send from (`POST /messages`,
    `POST /conversations`). File 001 (lines 254-255) calls it the Inbox ID.

    Args:
        limit (int | Unset):
        has_membership (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Team]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        has_membership=has_membership,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    has_membership: bool | Unset = UNSET,
) -> Error | list[Team] | None:
    """List teams (inboxes)

     Teams are inboxes; a team's `id` is the `team_id` used to send from (`POST /messages`,
    `POST /conversations`). File 001 (lines 254-255) calls it the Inbox ID.

    Args:
        limit (int | Unset):
        has_membership (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Team]
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            has_membership=has_membership,
        )
    ).parsed
