"""The one constructor call: a generated client for both hosts, with OAuth2 and send checks."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Unpack

from mycrmsim_client.client import Client

from .._common.assembly import ClientOptions, assemble, base_url_for
from .._common.config import required
from .._common.manifest import Manifest
from .._common.oauth import TokenSet
from .._common.redaction import register
from .auth import MycrmsimAuth
from .responses import check_response
from .sending import check_send_request
from .tokens import ClientCredentials, MycrmsimTokenEndpoint, token_path

PACKAGE = "mycrmsim_client"
ENV = "MYCRMSIM"


def create_client(
    *,
    tokens: TokenSet | None,
    on_refresh: Callable[[TokenSet], None],
    client_id: str | None = None,
    client_secret: str | None = None,
    base_url: str | None = None,
    clock: Callable[[], float] = time.time,
    **options: Unpack[ClientOptions],
) -> Client:
    """Build a myCRMSIM client for the generated operation functions (sync and async).

    ``tokens`` are the saved OAuth tokens (``TokenSet(access_token, refresh_token, expires_at)``),
    or None before the first code exchange (then only ``exchange_code`` works). ``on_refresh``
    must save the tokens it is given: it is called with every new set (a refreshed one, whose
    refresh token may have rotated, or an exchanged one) *before* that set is used, and if it
    raises, the new set is not used. Send a Message goes to ``https://api.mysmsgateway.app``,
    everything else to ``https://backend.mysmsgateway.app``; ``base_url`` sends every operation
    there (Send a Message and the token calls included), e.g. to a mock, and ``servers`` (spec
    server URL → URL to use) maps single hosts. ``client_id``, ``client_secret`` and ``base_url``
    not passed are read from ``MYCRMSIM_CLIENT_ID``, ``MYCRMSIM_CLIENT_SECRET`` and
    ``MYCRMSIM_BASE_URL``. ``transport`` and
    ``async_transport`` replace the network transports under the client's layer; ``retry`` and
    ``limiter`` are the shared retry policy and pacing hook. The client secret and the tokens
    are masked in every error message and log record (``_common/redaction.py``), and so are the
    tokens of each later refresh or code exchange.
    ``validation`` (``strict``, ``warn``, ``off``), ``validate_responses`` (``warn``, ``strict``, ``off``) and
    ``record`` (a HAR path or a ``Recorder``, credentials redacted) are the shared ``ClientOptions``.
    """
    if not callable(on_refresh):
        raise ValueError("on_refresh must be a callable that saves the new tokens")
    if tokens is not None and not isinstance(tokens, TokenSet):
        raise ValueError("tokens must be a TokenSet (or None before the code exchange)")
    client_secret = required(client_secret, ENV, "client_secret")
    credentials = ClientCredentials(required(client_id, ENV, "client_id"), client_secret)
    register(client_secret, credentials.basic_header().split(" ", 1)[1])  # masked in logs and errors
    if tokens is not None:
        register(tokens.access_token, tokens.refresh_token)
    manifest = Manifest.for_package(PACKAGE)
    url, chosen = base_url_for(manifest, base_url)
    endpoint = MycrmsimTokenEndpoint(url + token_path(manifest), credentials)
    auth = MycrmsimAuth(manifest, url, credentials, endpoint, tokens, on_refresh=on_refresh, clock=clock)
    return assemble(
        Client,
        manifest,
        url,
        auth,
        check=check_response,
        request_check=check_send_request,
        package=PACKAGE,
        chosen=chosen,
        **options,
    )


def auth_of(client: Client) -> MycrmsimAuth:
    """The auth of a client made by ``create_client``."""
    auth = client.get_httpx_client().auth
    if not isinstance(auth, MycrmsimAuth):
        raise TypeError("this client was not made by mycrmsim_client.create_client")
    return auth
