"""SendJim: the client constructor (private label or partner token), the partner OAuth flow, typed errors."""

from .._common.oauth import OAuthStateError
from .auth import API_VERSION, ApiVersionAuth, PartnerTokenAuth, PrivateLabelAuth, private_label_token
from .factory import build_client, create_client, create_client_with_auth
from .partner import (
    ACCOUNT_URL,
    Grant,
    GrantResponseError,
    PartnerApp,
    PartnerAuthorizationError,
    RequestToken,
    RequestTokenExpiredError,
)
from .responses import SendJimError

__all__ = [
    "ACCOUNT_URL",
    "API_VERSION",
    "ApiVersionAuth",
    "Grant",
    "GrantResponseError",
    "OAuthStateError",
    "PartnerApp",
    "PartnerAuthorizationError",
    "PartnerTokenAuth",
    "PrivateLabelAuth",
    "RequestToken",
    "RequestTokenExpiredError",
    "SendJimError",
    "build_client",
    "create_client",
    "create_client_with_auth",
    "private_label_token",
]
