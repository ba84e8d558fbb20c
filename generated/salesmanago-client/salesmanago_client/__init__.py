"""A client library for accessing SALESmanago API v2"""

from . import _overrides
from ._overrides import *  # noqa: F403  (the hand-written layer: constructor, auth, errors, helpers)
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
    *_overrides.__all__,
)
