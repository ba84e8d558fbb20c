"""Salesmsg: the client constructor (PAT or OAuth2), the OAuth2 flow, webhooks, typed errors."""

from .._common.errors import WebhookPayloadError
from .._common.oauth import OAuthAuthorizationError, OAuthStateError, TokenSet
from .factory import DEFAULT_RETRY, build_client, create_client, create_client_with_auth
from .oauth_flow import AUTHORIZE_URL, OAuthApp
from .responses import TokenResponseError
from .tokens import SalesmsgTokenEndpoint
from .webhooks import UnknownWebhookEvent, parse_webhook

__all__ = [
    "AUTHORIZE_URL",
    "DEFAULT_RETRY",
    "OAuthApp",
    "OAuthAuthorizationError",
    "OAuthStateError",
    "SalesmsgTokenEndpoint",
    "TokenResponseError",
    "TokenSet",
    "UnknownWebhookEvent",
    "WebhookPayloadError",
    "build_client",
    "create_client",
    "create_client_with_auth",
    "parse_webhook",
]
