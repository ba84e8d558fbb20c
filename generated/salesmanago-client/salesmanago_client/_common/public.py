"""The names of the shared layer every package re-exports: typed errors, retry policy, rate limiter."""

from .bounds import Bounds
from .errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InBandError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ResponseError,
    ServerError,
    UnprocessableEntityError,
)
from .ratelimit import RateLimiter
from .retry import DEFAULT_TIMEOUT, NO_RETRY, RetryPolicy
from .transport import Limiter

__all__ = [
    "DEFAULT_TIMEOUT",
    "NO_RETRY",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "Bounds",
    "ConflictError",
    "InBandError",
    "InvalidResponseError",
    "Limiter",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "RequestValidationError",
    "ResponseError",
    "RetryPolicy",
    "ServerError",
    "UnprocessableEntityError",
]
