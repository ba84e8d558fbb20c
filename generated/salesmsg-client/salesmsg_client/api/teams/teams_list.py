from http import HTTPStatus
from typing import Any

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Team]:
    """The success model of an answer; any other answer raises the package's typed error."""
    success_status(response)
    try:
        response_200 = []
        _response_200 = response_json(response)
        for componentsschemas_team_list_item_data in _response_200:
            componentsschemas_team_list_item = Team.from_dict(componentsschemas_team_list_item_data)

            response_200.append(componentsschemas_team_list_item)

        return response_200

    except PARSE_ERRORS as error:
        reason = parse_failure(error)
    raise InvalidResponseError(response, reason)  # outside the except: no traceback holding the body


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[Team]]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    has_membership: bool | Unset = UNSET,
) -> Response[list[Team]]:
    """List teams (inboxes)

     Teams are inboxes; a team's `id` is the `team_id` used to send from (`POST /messages`,
    `POST /conversations`). File 001 (lines 254-255) calls it the Inbox ID.

    Args:
        limit (int | Unset):
        has_membership (bool | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[list[Team]]: the raw answer, with the parsed model in ``parsed``.
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
) -> list[Team]:
    """List teams (inboxes)

     Teams are inboxes; a team's `id` is the `team_id` used to send from (`POST /messages`,
    `POST /conversations`). File 001 (lines 254-255) calls it the Inbox ID.

    Args:
        limit (int | Unset):
        has_membership (bool | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        list[Team]
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
) -> Response[list[Team]]:
    """List teams (inboxes)

     Teams are inboxes; a team's `id` is the `team_id` used to send from (`POST /messages`,
    `POST /conversations`). File 001 (lines 254-255) calls it the Inbox ID.

    Args:
        limit (int | Unset):
        has_membership (bool | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[list[Team]]: the raw answer, with the parsed model in ``parsed``.
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
) -> list[Team]:
    """List teams (inboxes)

     Teams are inboxes; a team's `id` is the `team_id` used to send from (`POST /messages`,
    `POST /conversations`). File 001 (lines 254-255) calls it the Inbox ID.

    Args:
        limit (int | Unset):
        has_membership (bool | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        list[Team]
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            has_membership=has_membership,
        )
    ).parsed
