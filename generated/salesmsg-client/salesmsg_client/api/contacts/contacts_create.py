from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_envelope import ContactEnvelope
from ...models.error import Error
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Contact | ContactEnvelope | Error | None:
    if response.status_code == 200:

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

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Contact | ContactEnvelope | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
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
) -> Response[Contact | ContactEnvelope | Error]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ContactEnvelope | Error]
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
) -> Contact | ContactEnvelope | Error | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ContactEnvelope | Error
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
) -> Response[Contact | ContactEnvelope | Error]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ContactEnvelope | Error]
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
) -> Contact | ContactEnvelope | Error | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ContactEnvelope | Error
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
