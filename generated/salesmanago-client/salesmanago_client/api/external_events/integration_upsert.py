from http import HTTPStatus
from typing import Any

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
from ...models.integration_upsert_reply import IntegrationUpsertReply
from ...models.integration_upsert_request import IntegrationUpsertRequest
from ...types import Response


def _get_kwargs(
    *,
    body: IntegrationUpsertRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration/upsert",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IntegrationUpsertReply:
    """The success model of an answer; any other answer raises the package's typed error."""
    success_status(response)
    try:
        response_200 = IntegrationUpsertReply.from_dict(response_json(response))

        return response_200

    except PARSE_ERRORS as error:
        reason = parse_failure(error)
    raise InvalidResponseError(response, reason)  # outside the except: no traceback holding the body


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IntegrationUpsertReply]:
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
    body: IntegrationUpsertRequest,
) -> Response[IntegrationUpsertReply]:
    """Upsert a contact and add an external event in one request (observed)

     Sends a contact upsert, an external event, or both in one request; the reply carries the contact's
    id and the event's id. Not in the reference file; the vendor's own PHP SDK sends it
    (ContactAndEventTransferService, transferBoth, transferEvent and transferContact), each part a body
    of contact/upsert or contact/addContactExtEvent (EventModel::getEventForUnionTransfer adds clientId
    to the event part).

    Args:
        body (IntegrationUpsertRequest): A contact upsert, an external event, or both (the vendor
            SDK sends either alone or both).

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[IntegrationUpsertReply]: the raw answer, with the parsed model in ``parsed``.
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
    body: IntegrationUpsertRequest,
) -> IntegrationUpsertReply:
    """Upsert a contact and add an external event in one request (observed)

     Sends a contact upsert, an external event, or both in one request; the reply carries the contact's
    id and the event's id. Not in the reference file; the vendor's own PHP SDK sends it
    (ContactAndEventTransferService, transferBoth, transferEvent and transferContact), each part a body
    of contact/upsert or contact/addContactExtEvent (EventModel::getEventForUnionTransfer adds clientId
    to the event part).

    Args:
        body (IntegrationUpsertRequest): A contact upsert, an external event, or both (the vendor
            SDK sends either alone or both).

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        IntegrationUpsertReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationUpsertRequest,
) -> Response[IntegrationUpsertReply]:
    """Upsert a contact and add an external event in one request (observed)

     Sends a contact upsert, an external event, or both in one request; the reply carries the contact's
    id and the event's id. Not in the reference file; the vendor's own PHP SDK sends it
    (ContactAndEventTransferService, transferBoth, transferEvent and transferContact), each part a body
    of contact/upsert or contact/addContactExtEvent (EventModel::getEventForUnionTransfer adds clientId
    to the event part).

    Args:
        body (IntegrationUpsertRequest): A contact upsert, an external event, or both (the vendor
            SDK sends either alone or both).

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[IntegrationUpsertReply]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationUpsertRequest,
) -> IntegrationUpsertReply:
    """Upsert a contact and add an external event in one request (observed)

     Sends a contact upsert, an external event, or both in one request; the reply carries the contact's
    id and the event's id. Not in the reference file; the vendor's own PHP SDK sends it
    (ContactAndEventTransferService, transferBoth, transferEvent and transferContact), each part a body
    of contact/upsert or contact/addContactExtEvent (EventModel::getEventForUnionTransfer adds clientId
    to the event part).

    Args:
        body (IntegrationUpsertRequest): A contact upsert, an external event, or both (the vendor
            SDK sends either alone or both).

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        IntegrationUpsertReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
