from http import HTTPStatus
from typing import Any

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
from ...models.authorization_code_token_request import AuthorizationCodeTokenRequest
from ...models.refresh_token_request import RefreshTokenRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AuthorizationCodeTokenRequest | RefreshTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    if isinstance(body, AuthorizationCodeTokenRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TokenResponse:
    """The success model of an answer; any other answer raises the package's typed error."""
    success_status(response)
    try:
        response_200 = TokenResponse.from_dict(response_json(response))

        return response_200

    except PARSE_ERRORS as error:
        reason = parse_failure(error)
    raise InvalidResponseError(response, reason)  # outside the except: no traceback holding the body


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TokenResponse]:
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
    body: AuthorizationCodeTokenRequest | RefreshTokenRequest,
) -> Response[TokenResponse]:
    """Exchange an authorization code, or refresh an access token

     Code exchange (`grant_type=authorization_code`) swaps the code received on the
    `redirect_uri` after `/oauth/authorize` for an access token and a refresh token. Refresh
    (`grant_type=refresh_token`) gets a new access token from a refresh token. The refresh
    token may rotate.

    The client authenticates with HTTP Basic (`client_id:client_secret`). The body is JSON,
    not the form encoding of RFC 6749, because the vendor documents
    `Content-Type: application/json`. Failures have the body `{error, error_description}`.

    Args:
        body (AuthorizationCodeTokenRequest | RefreshTokenRequest): Body of `POST /oauth/token`: a
            code exchange or a refresh, told apart by `grant_type`.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[TokenResponse]: the raw answer, with the parsed model in ``parsed``.
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
    client: AuthenticatedClient,
    body: AuthorizationCodeTokenRequest | RefreshTokenRequest,
) -> TokenResponse:
    """Exchange an authorization code, or refresh an access token

     Code exchange (`grant_type=authorization_code`) swaps the code received on the
    `redirect_uri` after `/oauth/authorize` for an access token and a refresh token. Refresh
    (`grant_type=refresh_token`) gets a new access token from a refresh token. The refresh
    token may rotate.

    The client authenticates with HTTP Basic (`client_id:client_secret`). The body is JSON,
    not the form encoding of RFC 6749, because the vendor documents
    `Content-Type: application/json`. Failures have the body `{error, error_description}`.

    Args:
        body (AuthorizationCodeTokenRequest | RefreshTokenRequest): Body of `POST /oauth/token`: a
            code exchange or a refresh, told apart by `grant_type`.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AuthorizationCodeTokenRequest | RefreshTokenRequest,
) -> Response[TokenResponse]:
    """Exchange an authorization code, or refresh an access token

     Code exchange (`grant_type=authorization_code`) swaps the code received on the
    `redirect_uri` after `/oauth/authorize` for an access token and a refresh token. Refresh
    (`grant_type=refresh_token`) gets a new access token from a refresh token. The refresh
    token may rotate.

    The client authenticates with HTTP Basic (`client_id:client_secret`). The body is JSON,
    not the form encoding of RFC 6749, because the vendor documents
    `Content-Type: application/json`. Failures have the body `{error, error_description}`.

    Args:
        body (AuthorizationCodeTokenRequest | RefreshTokenRequest): Body of `POST /oauth/token`: a
            code exchange or a refresh, told apart by `grant_type`.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[TokenResponse]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AuthorizationCodeTokenRequest | RefreshTokenRequest,
) -> TokenResponse:
    """Exchange an authorization code, or refresh an access token

     Code exchange (`grant_type=authorization_code`) swaps the code received on the
    `redirect_uri` after `/oauth/authorize` for an access token and a refresh token. Refresh
    (`grant_type=refresh_token`) gets a new access token from a refresh token. The refresh
    token may rotate.

    The client authenticates with HTTP Basic (`client_id:client_secret`). The body is JSON,
    not the form encoding of RFC 6749, because the vendor documents
    `Content-Type: application/json`. Failures have the body `{error, error_description}`.

    Args:
        body (AuthorizationCodeTokenRequest | RefreshTokenRequest): Body of `POST /oauth/token`: a
            code exchange or a refresh, told apart by `grant_type`.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
