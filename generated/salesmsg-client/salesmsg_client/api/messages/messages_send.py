from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message import Message
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    number: str,
    team_id: int,
    message: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    media_urlurl: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["number"] = number

    params["team_id"] = team_id

    params["message"] = message

    params["send_at"] = send_at

    json_media_urlurl: list[str] | Unset = UNSET
    if not isinstance(media_urlurl, Unset):
        json_media_urlurl = media_urlurl

    params["media_url[][url]"] = json_media_urlurl

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Message | None:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Message]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    number: str,
    team_id: int,
    message: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    media_urlurl: list[str] | Unset = UNSET,
) -> Response[Error | Message]:
    """Send a message to a phone number

     Send an SMS (or MMS with `media_url[][url]`) from inbox `team_id` to `number`, now or at `send_at`.
    Input as query parameters, no body; a JSON `media` field is ignored. Returns the queued message.

    Args:
        number (str):
        team_id (int):
        message (str | Unset):
        send_at (str | Unset):
        media_urlurl (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        number=number,
        team_id=team_id,
        message=message,
        send_at=send_at,
        media_urlurl=media_urlurl,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    number: str,
    team_id: int,
    message: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    media_urlurl: list[str] | Unset = UNSET,
) -> Error | Message | None:
    """Send a message to a phone number

     Send an SMS (or MMS with `media_url[][url]`) from inbox `team_id` to `number`, now or at `send_at`.
    Input as query parameters, no body; a JSON `media` field is ignored. Returns the queued message.

    Args:
        number (str):
        team_id (int):
        message (str | Unset):
        send_at (str | Unset):
        media_urlurl (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return sync_detailed(
        client=client,
        number=number,
        team_id=team_id,
        message=message,
        send_at=send_at,
        media_urlurl=media_urlurl,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    number: str,
    team_id: int,
    message: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    media_urlurl: list[str] | Unset = UNSET,
) -> Response[Error | Message]:
    """Send a message to a phone number

     Send an SMS (or MMS with `media_url[][url]`) from inbox `team_id` to `number`, now or at `send_at`.
    Input as query parameters, no body; a JSON `media` field is ignored. Returns the queued message.

    Args:
        number (str):
        team_id (int):
        message (str | Unset):
        send_at (str | Unset):
        media_urlurl (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        number=number,
        team_id=team_id,
        message=message,
        send_at=send_at,
        media_urlurl=media_urlurl,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    number: str,
    team_id: int,
    message: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    media_urlurl: list[str] | Unset = UNSET,
) -> Error | Message | None:
    """Send a message to a phone number

     Send an SMS (or MMS with `media_url[][url]`) from inbox `team_id` to `number`, now or at `send_at`.
    Input as query parameters, no body; a JSON `media` field is ignored. Returns the queued message.

    Args:
        number (str):
        team_id (int):
        message (str | Unset):
        send_at (str | Unset):
        media_urlurl (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return (
        await asyncio_detailed(
            client=client,
            number=number,
            team_id=team_id,
            message=message,
            send_at=send_at,
            media_urlurl=media_urlurl,
        )
    ).parsed
