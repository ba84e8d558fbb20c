"""myCRMSIM: the two-host OAuth2 client, the authorization flow, send checks, webhooks, typed errors."""

from .._common.errors import WebhookPayloadError
from .._common.oauth import OAuthAuthorizationError, OAuthStateError, TokenSet, code_from_callback
from .auth import MycrmsimAuth, NotAuthorizedError
from .factory import create_client
from .oauth_flow import (
    AUTHORIZE_URL,
    aexchange_code,
    arevoke,
    authorization_url,
    exchange_code,
    revoke,
)
from .sending import MAX_MESSAGE_CHARS, check_send, message_length
from .tokens import MycrmsimTokenEndpoint, TokenResponseError
from .webhooks import InboundMessage, parse_inbound_message

__all__ = [
    "AUTHORIZE_URL",
    "MAX_MESSAGE_CHARS",
    "InboundMessage",
    "MycrmsimAuth",
    "MycrmsimTokenEndpoint",
    "NotAuthorizedError",
    "OAuthAuthorizationError",
    "OAuthStateError",
    "TokenResponseError",
    "TokenSet",
    "WebhookPayloadError",
    "aexchange_code",
    "arevoke",
    "authorization_url",
    "check_send",
    "code_from_callback",
    "create_client",
    "exchange_code",
    "message_length",
    "parse_inbound_message",
    "revoke",
]
