"""The names of the shared layer every package re-exports: typed errors, retry policy, rate limiter."""

from .bounds import Bounds
from .config import ConfigurationError
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
from .pagination import AsyncPaginator, Page, PageLimitError, PaginationError, Paginator, aiter_pages, iter_pages
from .ratelimit import RateLimiter
from .retry import DEFAULT_TIMEOUT, NO_RETRY, RetryPolicy
from .security import MissingCredentialsError
from .transport import Limiter

__all__ = [
    "DEFAULT_TIMEOUT",
    "NO_RETRY",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "Bounds",
    "ConfigurationError",
    "ConflictError",
    "InBandError",
    "InvalidResponseError",
    "Limiter",
    "MissingCredentialsError",
    "NotFoundError",
    "Page",
    "PageLimitError",
    "PaginationError",
    "Paginator",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "RequestValidationError",
    "ResponseError",
    "RetryPolicy",
    "ServerError",
    "UnprocessableEntityError",
    "aiter_pages",
    "iter_pages",
]
