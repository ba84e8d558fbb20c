"""Salesmsg: the client constructor (PAT or OAuth2), the OAuth2 flow, webhooks, typed errors."""

from .._common.oauth import OAuthAuthorizationError, OAuthStateError, TokenSet
from .._common.public import (
    DEFAULT_TIMEOUT,
    NO_RETRY,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InBandError,
    InvalidResponseError,
    Limiter,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ResponseError,
    RetryPolicy,
    ServerError,
    UnprocessableEntityError,
)
from .._common.ratelimit import RateLimiter
from .factory import DEFAULT_RETRY, build_client, create_client
from .oauth_flow import AUTHORIZE_URL, OAuthApp
from .responses import TokenResponseError
from .tokens import SalesmsgTokenEndpoint
from .webhooks import WebhookPayloadError, parse_webhook

__all__ = [
    "AUTHORIZE_URL",
    "DEFAULT_RETRY",
    "DEFAULT_TIMEOUT",
    "NO_RETRY",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InBandError",
    "InvalidResponseError",
    "Limiter",
    "NotFoundError",
    "OAuthApp",
    "OAuthAuthorizationError",
    "OAuthStateError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "RequestValidationError",
    "ResponseError",
    "RetryPolicy",
    "SalesmsgTokenEndpoint",
    "ServerError",
    "TokenResponseError",
    "TokenSet",
    "UnprocessableEntityError",
    "WebhookPayloadError",
    "build_client",
    "create_client",
    "parse_webhook",
]
