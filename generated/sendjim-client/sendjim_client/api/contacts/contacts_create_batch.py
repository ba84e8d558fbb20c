from http import HTTPStatus
from typing import Any

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.contact_batch_create_request import ContactBatchCreateRequest
from ...models.contact_batch_create_response import ContactBatchCreateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ContactBatchCreateRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["api_version"] = str(api_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactBatchCreateResponse:
    """The success model of an answer; any other answer raises the package's typed error."""
    success_status(response)
    try:
        response_200 = ContactBatchCreateResponse.from_dict(response_json(response))

        return response_200

    except PARSE_ERRORS as error:
        reason = parse_failure(error)
    raise InvalidResponseError(response, reason)  # outside the except: no traceback holding the body


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactBatchCreateResponse]:
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
    body: ContactBatchCreateRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> Response[ContactBatchCreateResponse]:
    """Create one or more contacts

     Creates the contacts of the batch (at least one) and returns the new IDs in
    `ContactsSaved`, in order. A contact may carry `Tags` (tag names) at creation.

    Args:
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.
        body (ContactBatchCreateRequest): Body of `POST /contact`; one or more contacts to create.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[ContactBatchCreateResponse]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBatchCreateRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> ContactBatchCreateResponse:
    """Create one or more contacts

     Creates the contacts of the batch (at least one) and returns the new IDs in
    `ContactsSaved`, in order. A contact may carry `Tags` (tag names) at creation.

    Args:
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.
        body (ContactBatchCreateRequest): Body of `POST /contact`; one or more contacts to create.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        ContactBatchCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBatchCreateRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> Response[ContactBatchCreateResponse]:
    """Create one or more contacts

     Creates the contacts of the batch (at least one) and returns the new IDs in
    `ContactsSaved`, in order. A contact may carry `Tags` (tag names) at creation.

    Args:
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.
        body (ContactBatchCreateRequest): Body of `POST /contact`; one or more contacts to create.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[ContactBatchCreateResponse]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBatchCreateRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> ContactBatchCreateResponse:
    """Create one or more contacts

     Creates the contacts of the batch (at least one) and returns the new IDs in
    `ContactsSaved`, in order. A contact may carry `Tags` (tag names) at creation.

    Args:
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.
        body (ContactBatchCreateRequest): Body of `POST /contact`; one or more contacts to create.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        ContactBatchCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            api_version=api_version,
        )
    ).parsed
