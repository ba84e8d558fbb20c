"""SALESmanago: the signing client constructor, typed errors and the async-export helper."""

from .._common.errors import (
    APIError,
    APIStatusError,
    InBandError,
    InvalidResponseError,
    RequestValidationError,
    ResponseError,
)
from .exports import ExportTimeoutError, run_export, run_export_async
from .factory import create_client
from .signing import SalesmanagoAuth, signature

__all__ = [
    "APIError",
    "APIStatusError",
    "ExportTimeoutError",
    "InBandError",
    "InvalidResponseError",
    "RequestValidationError",
    "ResponseError",
    "SalesmanagoAuth",
    "create_client",
    "run_export",
    "run_export_async",
    "signature",
]
