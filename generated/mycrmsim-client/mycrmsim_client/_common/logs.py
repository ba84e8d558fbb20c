"""One logger per vendor package, and credential masking on httpx's and httpcore's loggers.

The package logger (``salesmanago_client``…) writes one DEBUG line per attempt and nothing at
INFO or above; it has a ``NullHandler``, so nothing shows unless the application configures
logging. ``install`` puts a ``RedactingFilter`` on the package logger and on the loggers httpx
and httpcore write to (a filter only sees records of its own logger, not of its children,
hence the list), so their DEBUG/INFO lines (URLs with query strings, response headers) come
out with every registered credential masked.
"""

from __future__ import annotations

import logging

from .redaction import redact

THIRD_PARTY_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


class RedactingFilter(logging.Filter):
    """Masks registered credentials in a record's message and arguments (in place)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Always keep the record; rewrite it if it names a credential."""
        message = record.getMessage()
        masked = redact(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_text = redact(text)
        return True


_FILTER = RedactingFilter()


def package_logger(package: str) -> logging.Logger:
    """The logger of a vendor package, with the masking filter installed."""
    install(package)
    return logging.getLogger(package)


def install(package: str) -> None:
    """Install the masking filter on the package logger and on httpx's and httpcore's (idempotent)."""
    for name in (package, *THIRD_PARTY_LOGGERS):
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
    own = logging.getLogger(package)
    if not any(isinstance(handler, logging.NullHandler) for handler in own.handlers):
        own.addHandler(logging.NullHandler())
