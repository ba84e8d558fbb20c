"""The one constructor call: a generated client that signs, validates and raises typed errors."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Unpack

from salesmanago_client.client import Client

from .._common.assembly import ClientOptions, assemble, base_url_for
from .._common.config import from_env, required
from .._common.manifest import Manifest
from .._common.redaction import register
from .responses import check_response
from .signing import SalesmanagoAuth, signature

PACKAGE = "salesmanago_client"
ENV = "SALESMANAGO"
_SERVER = re.compile(r"^[a-z0-9-]{1,63}$")


def create_client(
    *,
    client_id: str | None = None,
    api_key: str | None = None,
    api_secret: str | None = None,
    server: str | None = None,
    owner: str | None = None,
    base_url: str | None = None,
    clock: Callable[[], float] = time.time,
    **options: Unpack[ClientOptions],
) -> Client:
    """Build a SALESmanago client for the generated operation functions.

    ``server`` is the id of your SALESmanago server (``www``, ``app2``, ``app3``…), giving
    ``https://<server>.salesmanago.com/api``; ``owner`` is the default owner (a SALESmanago
    user email) sent where an operation takes one and the call gives none. Each of these and
    ``client_id``, ``api_key``, ``api_secret`` and ``base_url`` not passed is read from
    ``SALESMANAGO_CLIENT_ID``, ``SALESMANAGO_API_KEY``, ``SALESMANAGO_API_SECRET``,
    ``SALESMANAGO_SERVER`` (default ``www``), ``SALESMANAGO_OWNER`` and ``SALESMANAGO_BASE_URL``.
    ``base_url`` sends every operation there (the ``lastViewed`` host included), e.g. to a mock;
    ``servers`` (spec server URL → URL to use) maps single hosts; ``transport`` and
    ``async_transport`` replace the network transports under the client's layer.
    ``retry`` sets how failed attempts are retried (default ``RetryPolicy()``: 3 attempts; every
    SALESmanago method is a POST, so only 429s, 503s with Retry-After and refused connections are
    retried unless the spec marks the operation ``x-idempotent``); ``limiter`` paces requests;
    ``bounds`` caps each answer's decoded size and each attempt's total time (``Bounds``).
    ``validation`` (``strict``, ``warn``, ``off``), ``validate_responses`` (``warn``, ``strict``, ``off``) and
    ``record`` (a HAR path or a ``Recorder``, credentials redacted) are the shared ``ClientOptions``.
    """
    server = from_env(server, ENV, "server") or "www"
    if not isinstance(server, str) or not _SERVER.fullmatch(server):
        raise ValueError("server must be a SALESmanago server id such as 'www', 'app2' or 'app3'")
    client_id = required(client_id, ENV, "client_id")
    api_key = required(api_key, ENV, "api_key")
    api_secret = required(api_secret, ENV, "api_secret")
    manifest = Manifest.for_package(PACKAGE)
    url, chosen = base_url_for(manifest, base_url, manifest.servers[0].replace("{server}", server))
    auth = SalesmanagoAuth(
        manifest,
        url,
        client_id=client_id,
        api_key=api_key,
        api_secret=api_secret,
        owner=from_env(owner, ENV, "owner"),
        clock=clock,
    )
    register(api_key, api_secret, signature(api_key, client_id, api_secret))  # masked in logs and errors
    return assemble(Client, manifest, url, auth, check=check_response, package=PACKAGE, chosen=chosen, **options)
