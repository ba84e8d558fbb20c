"""Settings a ``create_client`` takes from the environment when the caller does not pass them.

The variables are ``<PREFIX>_<SETTING>`` (``SENDJIM_CLIENT_KEY``, ``SALESMSG_BASE_URL``), the prefix
being the vendor's (its record's ``env_prefix``). A missing one raises ``ConfigurationError``
naming the variable; values never appear in an error, and secrets read here are masked like
passed ones (the caller registers them).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from .errors import APIError


class ConfigurationError(APIError, ValueError):
    """A setting is neither passed to ``create_client`` nor set in its environment variable."""


def variable(prefix: str, setting: str) -> str:
    """The environment variable of a setting: ``variable("SENDJIM", "client_key")`` → ``SENDJIM_CLIENT_KEY``."""
    return f"{prefix}_{setting.upper()}"


def from_env(value: str | None, prefix: str, setting: str, environ: Mapping[str, str] | None = None) -> str | None:
    """``value`` if given, else the variable's value (an empty variable counts as unset), else None."""
    if value is not None:
        return value
    found = (os.environ if environ is None else environ).get(variable(prefix, setting), "").strip()
    return found or None


def required(value: str | None, prefix: str, setting: str, environ: Mapping[str, str] | None = None) -> str:
    """``from_env``, raising ``ConfigurationError`` naming the parameter and its variable when neither is set."""
    found = from_env(value, prefix, setting, environ)
    if found is None:
        raise ConfigurationError(
            f"{setting} is required: pass {setting}=... or set the environment variable {variable(prefix, setting)}"
        )
    return found
