from http import HTTPStatus
from typing import Any

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
from ...models.access_token import AccessToken
from ...models.authorization_code_token_request import AuthorizationCodeTokenRequest
from ...types import Response


def _get_kwargs(
    *,
    body: AuthorizationCodeTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccessToken:
    """The success model of an answer; any other answer raises the package's typed error."""
    success_status(response)
    try:
        response_200 = AccessToken.from_dict(response_json(response))

        return response_200

    except PARSE_ERRORS as error:
        reason = parse_failure(error)
    raise InvalidResponseError(response, reason)  # outside the except: no traceback holding the body


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AccessToken]:
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
    body: AuthorizationCodeTokenRequest,
) -> Response[AccessToken]:
    """Exchange an authorization code for an access token

     Step 4 of the authorization-code flow: exchange the `code` (valid for 10 minutes) returned to the
    `redirect_uri` for an access token and a refresh token. The body is form-encoded. The server checks
    that the code has not expired and that the client ID matches the client secret.
    (000 also names `https://app.salesmessage.com/app/auth/token` in prose; its request sample and the
    "OAuth2 URLs" table use this path.)

    Args:
        body (AuthorizationCodeTokenRequest): Form fields of the authorization-code exchange (000
            "Exchange the authorization code for an access token").

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[AccessToken]: the raw answer, with the parsed model in ``parsed``.
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
    body: AuthorizationCodeTokenRequest,
) -> AccessToken:
    """Exchange an authorization code for an access token

     Step 4 of the authorization-code flow: exchange the `code` (valid for 10 minutes) returned to the
    `redirect_uri` for an access token and a refresh token. The body is form-encoded. The server checks
    that the code has not expired and that the client ID matches the client secret.
    (000 also names `https://app.salesmessage.com/app/auth/token` in prose; its request sample and the
    "OAuth2 URLs" table use this path.)

    Args:
        body (AuthorizationCodeTokenRequest): Form fields of the authorization-code exchange (000
            "Exchange the authorization code for an access token").

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        AccessToken
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationCodeTokenRequest,
) -> Response[AccessToken]:
    """Exchange an authorization code for an access token

     Step 4 of the authorization-code flow: exchange the `code` (valid for 10 minutes) returned to the
    `redirect_uri` for an access token and a refresh token. The body is form-encoded. The server checks
    that the code has not expired and that the client ID matches the client secret.
    (000 also names `https://app.salesmessage.com/app/auth/token` in prose; its request sample and the
    "OAuth2 URLs" table use this path.)

    Args:
        body (AuthorizationCodeTokenRequest): Form fields of the authorization-code exchange (000
            "Exchange the authorization code for an access token").

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[AccessToken]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationCodeTokenRequest,
) -> AccessToken:
    """Exchange an authorization code for an access token

     Step 4 of the authorization-code flow: exchange the `code` (valid for 10 minutes) returned to the
    `redirect_uri` for an access token and a refresh token. The body is form-encoded. The server checks
    that the code has not expired and that the client ID matches the client secret.
    (000 also names `https://app.salesmessage.com/app/auth/token` in prose; its request sample and the
    "OAuth2 URLs" table use this path.)

    Args:
        body (AuthorizationCodeTokenRequest): Form fields of the authorization-code exchange (000
            "Exchange the authorization code for an access token").

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        AccessToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
