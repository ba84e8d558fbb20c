from http import HTTPStatus
from typing import Any

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.neighbors_count import NeighborsCount
from ...types import UNSET, Response


def _get_kwargs(
    *,
    street_address: str,
    city: str,
    state: str,
    postal_code: str,
    radius_in_meters: int,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["api_version"] = str(api_version)

    params: dict[str, Any] = {}

    params["streetAddress"] = street_address

    params["city"] = city

    params["state"] = state

    params["postalCode"] = postal_code

    params["radiusInMeters"] = radius_in_meters

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/neighbors-of-address-by-radius",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> NeighborsCount:
    """The success model of an answer; any other answer raises the package's typed error."""
    success_status(response)
    try:
        response_200 = NeighborsCount.from_dict(response_json(response))

        return response_200

    except PARSE_ERRORS as error:
        reason = parse_failure(error)
    raise InvalidResponseError(response, reason)  # outside the except: no traceback holding the body


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[NeighborsCount]:
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
    street_address: str,
    city: str,
    state: str,
    postal_code: str,
    radius_in_meters: int,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> Response[NeighborsCount]:
    """Count the addresses within a radius of an address

     Returns how many addresses (`TotalAddresses`) lie within `radiusInMeters` of the given
    address; use it to price a radius quick send before sending it. Query parameter names are camelCase.

    Args:
        street_address (str):
        city (str):
        state (str):
        postal_code (str):
        radius_in_meters (int):
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[NeighborsCount]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        street_address=street_address,
        city=city,
        state=state,
        postal_code=postal_code,
        radius_in_meters=radius_in_meters,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    street_address: str,
    city: str,
    state: str,
    postal_code: str,
    radius_in_meters: int,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> NeighborsCount:
    """Count the addresses within a radius of an address

     Returns how many addresses (`TotalAddresses`) lie within `radiusInMeters` of the given
    address; use it to price a radius quick send before sending it. Query parameter names are camelCase.

    Args:
        street_address (str):
        city (str):
        state (str):
        postal_code (str):
        radius_in_meters (int):
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        NeighborsCount
    """

    return sync_detailed(
        client=client,
        street_address=street_address,
        city=city,
        state=state,
        postal_code=postal_code,
        radius_in_meters=radius_in_meters,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    street_address: str,
    city: str,
    state: str,
    postal_code: str,
    radius_in_meters: int,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> Response[NeighborsCount]:
    """Count the addresses within a radius of an address

     Returns how many addresses (`TotalAddresses`) lie within `radiusInMeters` of the given
    address; use it to price a radius quick send before sending it. Query parameter names are camelCase.

    Args:
        street_address (str):
        city (str):
        state (str):
        postal_code (str):
        radius_in_meters (int):
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[NeighborsCount]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        street_address=street_address,
        city=city,
        state=state,
        postal_code=postal_code,
        radius_in_meters=radius_in_meters,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    street_address: str,
    city: str,
    state: str,
    postal_code: str,
    radius_in_meters: int,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> NeighborsCount:
    """Count the addresses within a radius of an address

     Returns how many addresses (`TotalAddresses`) lie within `radiusInMeters` of the given
    address; use it to price a radius quick send before sending it. Query parameter names are camelCase.

    Args:
        street_address (str):
        city (str):
        state (str):
        postal_code (str):
        radius_in_meters (int):
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        NeighborsCount
    """

    return (
        await asyncio_detailed(
            client=client,
            street_address=street_address,
            city=city,
            state=state,
            postal_code=postal_code,
            radius_in_meters=radius_in_meters,
            api_version=api_version,
        )
    ).parsed
