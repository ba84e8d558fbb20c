"""The default ``create_client``: the generated client with the spec's standard auth (``security.py``).

A vendor without a layer of its own (no ``overrides/<vendor>/``) exports this one. Credentials are
keyword arguments named by ``security.standard_schemes`` (``api_key``, ``token``, ``username`` and
``password``); each one not passed is read from ``<PREFIX>_<NAME>`` (``ACME_API_KEY``), and so is
``base_url`` (``ACME_BASE_URL``). A scheme is used when all its credentials are found.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from .assembly import ClientOptions, assemble, base_url_for
from .config import ConfigurationError, from_env, variable
from .manifest import Manifest
from .security import SpecAuth, standard_schemes
from .transport import ResponseCheck, default_check_response

_PACKAGE = __name__.split(".", 1)[0]  # the vendor package this copy of _common lives in


def credentials_from(
    manifest: Manifest, given: Mapping[str, str | None], environ: Mapping[str, str] | None = None
) -> dict[str, dict[str, str]]:
    """Scheme name → its settings, from ``given`` else the environment; schemes found only in part raise."""
    known = {setting for scheme in standard_schemes(manifest) for setting in scheme.settings}
    unknown = sorted(set(given) - known)
    if unknown:
        raise TypeError(f"create_client() got unexpected credential(s) {', '.join(unknown)}; takes {sorted(known)}")
    found: dict[str, dict[str, str]] = {}
    for scheme in standard_schemes(manifest):
        values = {s: from_env(given.get(s), manifest.env_prefix, s, environ) for s in scheme.settings}
        present = {s: v for s, v in values.items() if v is not None}
        if present and len(present) < len(values):
            missing = next(s for s in values if values[s] is None)
            raise ConfigurationError(
                f"{missing} is required with {', '.join(present)}: pass {missing}=... "
                f"or set the environment variable {variable(manifest.env_prefix, missing)}"
            )
        if present:
            found[scheme.name] = present
    if not found and standard_schemes(manifest):
        first = standard_schemes(manifest)[0].settings
        raise ConfigurationError(
            f"no credentials: pass {', '.join(first)} or set "
            + ", ".join(variable(manifest.env_prefix, s) for s in first)
        )
    return found


def create_client(
    *,
    base_url: str | None = None,
    check: ResponseCheck = default_check_response,
    package: str = _PACKAGE,
    **arguments: Any,
) -> Any:
    """Build the package's ``Client`` with the auth its spec declares (see the module docstring).

    ``base_url`` (or ``<PREFIX>_BASE_URL``) sends every operation elsewhere, e.g. to a mock; the
    other options are those of every client (``ClientOptions``: ``servers``, ``timeout``,
    ``httpx_args``, ``transport``, ``async_transport``, ``retry``, ``limiter``).
    """
    option_names = set(ClientOptions.__annotations__)
    options: ClientOptions = {key: value for key, value in arguments.items() if key in option_names}  # type: ignore[assignment]
    given = {key: value for key, value in arguments.items() if key not in option_names}
    manifest = Manifest.for_package(package)
    url, chosen = base_url_for(manifest, base_url)
    auth = SpecAuth(manifest, url, credentials_from(manifest, given))
    client_class = importlib.import_module(f"{package}.client").Client
    return assemble(client_class, manifest, url, auth, check=check, package=package, chosen=chosen, **options)
