from http import HTTPStatus
from typing import Any

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
from ...models.access_token import AccessToken
from ...models.refresh_token_request import RefreshTokenRequest
from ...types import Response


def _get_kwargs(
    *,
    body: RefreshTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token/refresh",
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
    body: RefreshTokenRequest,
) -> Response[AccessToken]:
    """Refresh an OAuth2 access token

     Exchange a refresh token for a new access token. The response also carries a **new refresh token**
    (EVIDENCE.md:38): store it, the old one should not be reused.

    **The sources disagree on the encoding.** 000 ("Request a refreshed access token") and the vendor's
    own flow (EVIDENCE.md:37) send the parameters `application/x-www-form-urlencoded` with
    `scope=public-api`; file 001 (lines 189-204) sends the same four parameters as a JSON object
    (`Content-Type: application/json`) without `scope`. This spec models the form-encoded variant, which
    two sources (one of them the vendor's reference, the same encoding as the code exchange) support;
    `scope` stays optional because 001 omits it.

    Args:
        body (RefreshTokenRequest): Form fields of the token refresh (000 "Request a refreshed
            access token"; EVIDENCE.md:37).

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
    body: RefreshTokenRequest,
) -> AccessToken:
    """Refresh an OAuth2 access token

     Exchange a refresh token for a new access token. The response also carries a **new refresh token**
    (EVIDENCE.md:38): store it, the old one should not be reused.

    **The sources disagree on the encoding.** 000 ("Request a refreshed access token") and the vendor's
    own flow (EVIDENCE.md:37) send the parameters `application/x-www-form-urlencoded` with
    `scope=public-api`; file 001 (lines 189-204) sends the same four parameters as a JSON object
    (`Content-Type: application/json`) without `scope`. This spec models the form-encoded variant, which
    two sources (one of them the vendor's reference, the same encoding as the code exchange) support;
    `scope` stays optional because 001 omits it.

    Args:
        body (RefreshTokenRequest): Form fields of the token refresh (000 "Request a refreshed
            access token"; EVIDENCE.md:37).

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
    body: RefreshTokenRequest,
) -> Response[AccessToken]:
    """Refresh an OAuth2 access token

     Exchange a refresh token for a new access token. The response also carries a **new refresh token**
    (EVIDENCE.md:38): store it, the old one should not be reused.

    **The sources disagree on the encoding.** 000 ("Request a refreshed access token") and the vendor's
    own flow (EVIDENCE.md:37) send the parameters `application/x-www-form-urlencoded` with
    `scope=public-api`; file 001 (lines 189-204) sends the same four parameters as a JSON object
    (`Content-Type: application/json`) without `scope`. This spec models the form-encoded variant, which
    two sources (one of them the vendor's reference, the same encoding as the code exchange) support;
    `scope` stays optional because 001 omits it.

    Args:
        body (RefreshTokenRequest): Form fields of the token refresh (000 "Request a refreshed
            access token"; EVIDENCE.md:37).

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
    body: RefreshTokenRequest,
) -> AccessToken:
    """Refresh an OAuth2 access token

     Exchange a refresh token for a new access token. The response also carries a **new refresh token**
    (EVIDENCE.md:38): store it, the old one should not be reused.

    **The sources disagree on the encoding.** 000 ("Request a refreshed access token") and the vendor's
    own flow (EVIDENCE.md:37) send the parameters `application/x-www-form-urlencoded` with
    `scope=public-api`; file 001 (lines 189-204) sends the same four parameters as a JSON object
    (`Content-Type: application/json`) without `scope`. This spec models the form-encoded variant, which
    two sources (one of them the vendor's reference, the same encoding as the code exchange) support;
    `scope` stays optional because 001 omits it.

    Args:
        body (RefreshTokenRequest): Form fields of the token refresh (000 "Request a refreshed
            access token"; EVIDENCE.md:37).

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
