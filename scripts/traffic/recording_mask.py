"""What a recording masks (the same rules as ``overrides/_common/redaction.py``, read by the report)."""

import re

MASK = "<redacted>"
SENSITIVE = re.compile(
    r"auth|token|secret|passw|api[-_]?key|apikey|^key$|^sha$|^code$|signature|session|cookie|credential",
    re.IGNORECASE,
)
