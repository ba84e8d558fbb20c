from http import HTTPStatus
from typing import Any

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
from ...models.contact_search_result import ContactSearchResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    term: str,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["term"] = term

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/search",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactSearchResult:
    """The success model of an answer; any other answer raises the package's typed error."""
    success_status(response)
    try:
        response_200 = ContactSearchResult.from_dict(response_json(response))

        return response_200

    except PARSE_ERRORS as error:
        reason = parse_failure(error)
    raise InvalidResponseError(response, reason)  # outside the except: no traceback holding the body


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ContactSearchResult]:
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
    term: str,
    limit: int | Unset = 50,
) -> Response[ContactSearchResult]:
    """Search contacts

     Search contacts by a term (name, number, email).

    Args:
        term (str):
        limit (int | Unset):  Default: 50.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[ContactSearchResult]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        term=term,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    term: str,
    limit: int | Unset = 50,
) -> ContactSearchResult:
    """Search contacts

     Search contacts by a term (name, number, email).

    Args:
        term (str):
        limit (int | Unset):  Default: 50.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        ContactSearchResult
    """

    return sync_detailed(
        client=client,
        term=term,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    term: str,
    limit: int | Unset = 50,
) -> Response[ContactSearchResult]:
    """Search contacts

     Search contacts by a term (name, number, email).

    Args:
        term (str):
        limit (int | Unset):  Default: 50.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[ContactSearchResult]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        term=term,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    term: str,
    limit: int | Unset = 50,
) -> ContactSearchResult:
    """Search contacts

     Search contacts by a term (name, number, email).

    Args:
        term (str):
        limit (int | Unset):  Default: 50.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        ContactSearchResult
    """

    return (
        await asyncio_detailed(
            client=client,
            term=term,
            limit=limit,
        )
    ).parsed
