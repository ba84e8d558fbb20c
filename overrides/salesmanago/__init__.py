"""SALESmanago: the signing client constructor and the async-export helper (errors: the shared layer)."""

from .exports import ExportTimeoutError, run_export, run_export_async
from .factory import create_client
from .signing import SalesmanagoAuth, signature

__all__ = [
    "ExportTimeoutError",
    "SalesmanagoAuth",
    "create_client",
    "run_export",
    "run_export_async",
    "signature",
]
