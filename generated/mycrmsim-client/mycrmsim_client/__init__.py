"""A client library for accessing myCRMSIM SMS gateway API"""

from . import _overrides
from ._common import public as _public
from ._common.public import *  # noqa: F403  (shared by every vendor: typed errors, RetryPolicy, Limiter)
from ._overrides import *  # noqa: F403  (the hand-written layer: constructor, auth, errors, helpers)
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
    *_overrides.__all__,
    *(name for name in _public.__all__ if name not in _overrides.__all__),
)
