from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
from ...models.messages_page import MessagesPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conversation: int,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    only_scheduled: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["only_scheduled"] = only_scheduled

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages/{conversation}/paginated".format(
            conversation=quote(str(conversation), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MessagesPage:
    """The success model of an answer; any other answer raises the package's typed error."""
    success_status(response)
    try:
        response_200 = MessagesPage.from_dict(response_json(response))

        return response_200

    except PARSE_ERRORS as error:
        reason = parse_failure(error)
    raise InvalidResponseError(response, reason)  # outside the except: no traceback holding the body


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MessagesPage]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    conversation: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    only_scheduled: bool | Unset = UNSET,
) -> Response[MessagesPage]:
    """List a conversation's messages (paged)

     The messages of a conversation, page by page, optionally only the scheduled ones.

    Args:
        conversation (int):
        page (int | Unset):
        per_page (int | Unset):
        only_scheduled (bool | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[MessagesPage]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        conversation=conversation,
        page=page,
        per_page=per_page,
        only_scheduled=only_scheduled,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    only_scheduled: bool | Unset = UNSET,
) -> MessagesPage:
    """List a conversation's messages (paged)

     The messages of a conversation, page by page, optionally only the scheduled ones.

    Args:
        conversation (int):
        page (int | Unset):
        per_page (int | Unset):
        only_scheduled (bool | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        MessagesPage
    """

    return sync_detailed(
        conversation=conversation,
        client=client,
        page=page,
        per_page=per_page,
        only_scheduled=only_scheduled,
    ).parsed


async def asyncio_detailed(
    conversation: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    only_scheduled: bool | Unset = UNSET,
) -> Response[MessagesPage]:
    """List a conversation's messages (paged)

     The messages of a conversation, page by page, optionally only the scheduled ones.

    Args:
        conversation (int):
        page (int | Unset):
        per_page (int | Unset):
        only_scheduled (bool | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[MessagesPage]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        conversation=conversation,
        page=page,
        per_page=per_page,
        only_scheduled=only_scheduled,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    only_scheduled: bool | Unset = UNSET,
) -> MessagesPage:
    """List a conversation's messages (paged)

     The messages of a conversation, page by page, optionally only the scheduled ones.

    Args:
        conversation (int):
        page (int | Unset):
        per_page (int | Unset):
        only_scheduled (bool | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        MessagesPage
    """

    return (
        await asyncio_detailed(
            conversation=conversation,
            client=client,
            page=page,
            per_page=per_page,
            only_scheduled=only_scheduled,
        )
    ).parsed
