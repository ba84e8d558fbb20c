"""Credentials are checked once, when a client is built: a bad one fails there, naming the argument.

A control character (or a lone surrogate) in a credential is a copy-and-paste accident that
would otherwise surface late and leak: h11 refuses the header and quotes the value in its
message. A credential sent in a header must also be printable ASCII, which httpx requires.
The value itself is never quoted.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_NOT_HEADER_TEXT = re.compile(r"[^\x20-\x7e]")


def check_credential(name: str, value: object, *, header: bool = False) -> str:
    """``value`` if it is a usable credential; ``ValueError`` naming ``name`` otherwise."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be a non-empty string")
    if _CONTROL.search(value):
        raise ValueError(f"{name} contains a control character or a lone surrogate; check how it was copied")
    if header and _NOT_HEADER_TEXT.search(value):
        raise ValueError(f"{name} is sent in a header and must be printable ASCII; check how it was copied")
    return value
