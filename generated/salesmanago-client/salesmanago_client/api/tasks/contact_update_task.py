from http import HTTPStatus
from typing import Any

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
from ...models.contact_update_task_reply import ContactUpdateTaskReply
from ...models.contact_update_task_request import ContactUpdateTaskRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ContactUpdateTaskRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/updateTask",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactUpdateTaskReply:
    """The success model of an answer; any other answer raises the package's typed error."""
    success_status(response)
    try:
        response_200 = ContactUpdateTaskReply.from_dict(response_json(response))

        return response_200

    except PARSE_ERRORS as error:
        reason = parse_failure(error)
    raise InvalidResponseError(response, reason)  # outside the except: no traceback holding the body


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactUpdateTaskReply]:
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
    body: ContactUpdateTaskRequest,
) -> Response[ContactUpdateTaskReply]:
    """Add, update or remove a contact's task

     Adds, updates or deletes a contact's task. With finished=true the task given by smContactTaskReq.id
    is deleted (only id is then needed); when adding (finished=false, no id) contactEmail, date and
    reminder are required; when updating pass the id.

    Args:
        body (ContactUpdateTaskRequest):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[ContactUpdateTaskReply]: the raw answer, with the parsed model in ``parsed``.
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
    body: ContactUpdateTaskRequest,
) -> ContactUpdateTaskReply:
    """Add, update or remove a contact's task

     Adds, updates or deletes a contact's task. With finished=true the task given by smContactTaskReq.id
    is deleted (only id is then needed); when adding (finished=false, no id) contactEmail, date and
    reminder are required; when updating pass the id.

    Args:
        body (ContactUpdateTaskRequest):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        ContactUpdateTaskReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdateTaskRequest,
) -> Response[ContactUpdateTaskReply]:
    """Add, update or remove a contact's task

     Adds, updates or deletes a contact's task. With finished=true the task given by smContactTaskReq.id
    is deleted (only id is then needed); when adding (finished=false, no id) contactEmail, date and
    reminder are required; when updating pass the id.

    Args:
        body (ContactUpdateTaskRequest):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[ContactUpdateTaskReply]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdateTaskRequest,
) -> ContactUpdateTaskReply:
    """Add, update or remove a contact's task

     Adds, updates or deletes a contact's task. With finished=true the task given by smContactTaskReq.id
    is deleted (only id is then needed); when adding (finished=false, no id) contactEmail, date and
    reminder are required; when updating pass the id.

    Args:
        body (ContactUpdateTaskRequest):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        ContactUpdateTaskReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
