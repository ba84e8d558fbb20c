from http import HTTPStatus
from typing import Any

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
from ...models.personal_access_token import PersonalAccessToken
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/personal-token/refresh",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PersonalAccessToken:
    """The success model of an answer; any other answer raises the package's typed error."""
    success_status(response)
    try:
        response_200 = PersonalAccessToken.from_dict(response_json(response))

        return response_200

    except PARSE_ERRORS as error:
        reason = parse_failure(error)
    raise InvalidResponseError(response, reason)  # outside the except: no traceback holding the body


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PersonalAccessToken]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[PersonalAccessToken]:
    """Refresh a Personal Access Token

     Refresh a PAT: the existing PAT is sent as `Authorization: Bearer <existing_PAT>` (001:218-220);
    there
    is no request body (001:222-224 sets `Content-Type: application/json` but shows no payload). The
    response carries the new token; 001's sample is garbled (001:229, `Refreshing 2"access_token": …`)
    and shows no refresh token. 000 does not mention PAT refresh (PATs are created and revoked in the
    web
    app, 000 "PAT: Personal Access Tokens"). The client does not call this automatically.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[PersonalAccessToken]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> PersonalAccessToken:
    """Refresh a Personal Access Token

     Refresh a PAT: the existing PAT is sent as `Authorization: Bearer <existing_PAT>` (001:218-220);
    there
    is no request body (001:222-224 sets `Content-Type: application/json` but shows no payload). The
    response carries the new token; 001's sample is garbled (001:229, `Refreshing 2"access_token": …`)
    and shows no refresh token. 000 does not mention PAT refresh (PATs are created and revoked in the
    web
    app, 000 "PAT: Personal Access Tokens"). The client does not call this automatically.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        PersonalAccessToken
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[PersonalAccessToken]:
    """Refresh a Personal Access Token

     Refresh a PAT: the existing PAT is sent as `Authorization: Bearer <existing_PAT>` (001:218-220);
    there
    is no request body (001:222-224 sets `Content-Type: application/json` but shows no payload). The
    response carries the new token; 001's sample is garbled (001:229, `Refreshing 2"access_token": …`)
    and shows no refresh token. 000 does not mention PAT refresh (PATs are created and revoked in the
    web
    app, 000 "PAT: Personal Access Tokens"). The client does not call this automatically.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[PersonalAccessToken]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> PersonalAccessToken:
    """Refresh a Personal Access Token

     Refresh a PAT: the existing PAT is sent as `Authorization: Bearer <existing_PAT>` (001:218-220);
    there
    is no request body (001:222-224 sets `Content-Type: application/json` but shows no payload). The
    response carries the new token; 001's sample is garbled (001:229, `Refreshing 2"access_token": …`)
    and shows no refresh token. 000 does not mention PAT refresh (PATs are created and revoked in the
    web
    app, 000 "PAT: Personal Access Tokens"). The client does not call this automatically.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        PersonalAccessToken
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
