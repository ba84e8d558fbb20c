from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.grant_request import GrantRequest
from ...models.grant_response import GrantResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GrantRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["api_version"] = str(api_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/OAuth/Grant",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GrantResponse | None:
    if response.status_code == 200:
        response_200 = GrantResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GrantResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GrantRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> Response[GrantResponse]:
    """Exchange a request token for a grant token (partner OAuth)

     Last step of the integration-partner OAuth flow. After the browser step
    (`https://members.sendjim.com/OAuth/Account?clientKey=…&callbackUrl=…[&state=…]`) the
    callback receives `requestToken` and `expires` (seconds). POST the partner's client key,
    client secret and that request token here to receive a `GrantToken` and the user's name.
    The grant token does not expire; send it as `Authorization: Token <GrantToken>`.
    This operation lives on the members site, not on the API host, and takes no Authorization header.
    The request token expires `expires` seconds after the callback; exchange it before then.

    Args:
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.
        body (GrantRequest): Body of `POST /OAuth/Grant`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GrantResponse]
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
    body: GrantRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> GrantResponse | None:
    """Exchange a request token for a grant token (partner OAuth)

     Last step of the integration-partner OAuth flow. After the browser step
    (`https://members.sendjim.com/OAuth/Account?clientKey=…&callbackUrl=…[&state=…]`) the
    callback receives `requestToken` and `expires` (seconds). POST the partner's client key,
    client secret and that request token here to receive a `GrantToken` and the user's name.
    The grant token does not expire; send it as `Authorization: Token <GrantToken>`.
    This operation lives on the members site, not on the API host, and takes no Authorization header.
    The request token expires `expires` seconds after the callback; exchange it before then.

    Args:
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.
        body (GrantRequest): Body of `POST /OAuth/Grant`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GrantResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GrantRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> Response[GrantResponse]:
    """Exchange a request token for a grant token (partner OAuth)

     Last step of the integration-partner OAuth flow. After the browser step
    (`https://members.sendjim.com/OAuth/Account?clientKey=…&callbackUrl=…[&state=…]`) the
    callback receives `requestToken` and `expires` (seconds). POST the partner's client key,
    client secret and that request token here to receive a `GrantToken` and the user's name.
    The grant token does not expire; send it as `Authorization: Token <GrantToken>`.
    This operation lives on the members site, not on the API host, and takes no Authorization header.
    The request token expires `expires` seconds after the callback; exchange it before then.

    Args:
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.
        body (GrantRequest): Body of `POST /OAuth/Grant`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GrantResponse]
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
    body: GrantRequest,
    api_version: ApiVersion = ApiVersion.VALUE_0,
) -> GrantResponse | None:
    """Exchange a request token for a grant token (partner OAuth)

     Last step of the integration-partner OAuth flow. After the browser step
    (`https://members.sendjim.com/OAuth/Account?clientKey=…&callbackUrl=…[&state=…]`) the
    callback receives `requestToken` and `expires` (seconds). POST the partner's client key,
    client secret and that request token here to receive a `GrantToken` and the user's name.
    The grant token does not expire; send it as `Authorization: Token <GrantToken>`.
    This operation lives on the members site, not on the API host, and takes no Authorization header.
    The request token expires `expires` seconds after the callback; exchange it before then.

    Args:
        api_version (ApiVersion): Value of the `api_version` header: a header carries a string,
            and it is always `3` for this
            API. The parameter's `default` tells a generated client what to send when the caller says
            nothing; the header stays required on the wire.
             Default: ApiVersion.VALUE_0.
        body (GrantRequest): Body of `POST /OAuth/Grant`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GrantResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            api_version=api_version,
        )
    ).parsed
