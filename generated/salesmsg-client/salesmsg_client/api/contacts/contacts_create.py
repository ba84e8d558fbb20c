from http import HTTPStatus
from typing import Any

import httpx

from ..._common.errors import InvalidResponseError
from ..._common.jsonbody import response_json
from ..._common.parsing import PARSE_ERRORS, parse_failure, success_status
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_envelope import ContactEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    number: str,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone_type: str | Unset = UNSET,
    source: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["number"] = number

    params["first_name"] = first_name

    params["last_name"] = last_name

    params["email"] = email

    params["phone_type"] = phone_type

    params["source"] = source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Contact | ContactEnvelope:
    """The success model of an answer; any other answer raises the package's typed error."""
    success_status(response)
    try:

        def _parse_response_200(data: object) -> Contact | ContactEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_contact_create_result_type_0 = Contact.from_dict(data)

                return componentsschemas_contact_create_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_contact_create_result_type_1 = ContactEnvelope.from_dict(data)

            return componentsschemas_contact_create_result_type_1

        response_200 = _parse_response_200(response_json(response))

        return response_200

    except PARSE_ERRORS as error:
        reason = parse_failure(error)
    raise InvalidResponseError(response, reason)  # outside the except: no traceback holding the body


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Contact | ContactEnvelope]:
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
    number: str,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone_type: str | Unset = UNSET,
    source: str | Unset = UNSET,
) -> Response[Contact | ContactEnvelope]:
    """Create a contact

     Create a contact. Input is given as query parameters, no body. Returns the contact; some accounts
    wrap it in `data` (EVIDENCE.md:65), hence the two response shapes. If the contact already exists
    the error body includes `contact_id`.

    Args:
        number (str):
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        phone_type (str | Unset):
        source (str | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[Contact | ContactEnvelope]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        number=number,
        first_name=first_name,
        last_name=last_name,
        email=email,
        phone_type=phone_type,
        source=source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    number: str,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone_type: str | Unset = UNSET,
    source: str | Unset = UNSET,
) -> Contact | ContactEnvelope:
    """Create a contact

     Create a contact. Input is given as query parameters, no body. Returns the contact; some accounts
    wrap it in `data` (EVIDENCE.md:65), hence the two response shapes. If the contact already exists
    the error body includes `contact_id`.

    Args:
        number (str):
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        phone_type (str | Unset):
        source (str | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Contact | ContactEnvelope
    """

    return sync_detailed(
        client=client,
        number=number,
        first_name=first_name,
        last_name=last_name,
        email=email,
        phone_type=phone_type,
        source=source,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    number: str,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone_type: str | Unset = UNSET,
    source: str | Unset = UNSET,
) -> Response[Contact | ContactEnvelope]:
    """Create a contact

     Create a contact. Input is given as query parameters, no body. Returns the contact; some accounts
    wrap it in `data` (EVIDENCE.md:65), hence the two response shapes. If the contact already exists
    the error body includes `contact_id`.

    Args:
        number (str):
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        phone_type (str | Unset):
        source (str | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Response[Contact | ContactEnvelope]: the raw answer, with the parsed model in ``parsed``.
    """

    kwargs = _get_kwargs(
        number=number,
        first_name=first_name,
        last_name=last_name,
        email=email,
        phone_type=phone_type,
        source=source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    number: str,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone_type: str | Unset = UNSET,
    source: str | Unset = UNSET,
) -> Contact | ContactEnvelope:
    """Create a contact

     Create a contact. Input is given as query parameters, no body. Returns the contact; some accounts
    wrap it in `data` (EVIDENCE.md:65), hence the two response shapes. If the contact already exists
    the error body includes `contact_id`.

    Args:
        number (str):
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        phone_type (str | Unset):
        source (str | Unset):

    Raises:
        RequestValidationError: An argument breaks the spec; nothing was sent.
        APIStatusError: The vendor answered with an error status (NotFoundError, RateLimitError, ServerError...).
        InBandError: The vendor reported a failure inside a success status (where the vendor does that).
        InvalidResponseError: The answer is not what the spec documents (``.response`` is the raw answer).
        APIConnectionError: No answer at all (APITimeoutError after a timeout).
        All of these subclass APIError and are importable from the package.

    Returns:
        Contact | ContactEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            number=number,
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone_type=phone_type,
            source=source,
        )
    ).parsed
