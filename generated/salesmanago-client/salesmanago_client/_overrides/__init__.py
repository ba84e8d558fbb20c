"""SALESmanago: the signing client constructor, typed errors and the async-export helper."""

from .._common.errors import (
    APIError,
    APIStatusError,
    InBandError,
    InvalidResponseError,
    RequestValidationError,
    ResponseError,
)
from .factory import create_client
from .signing import SalesmanagoAuth, signature

__all__ = [
    "APIError",
    "APIStatusError",
    "InBandError",
    "InvalidResponseError",
    "RequestValidationError",
    "ResponseError",
    "SalesmanagoAuth",
    "create_client",
    "signature",
]
