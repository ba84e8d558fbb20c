"""The Python attribute path of a wire field path: ``ContactData.State`` -> ``contact_data.state``.

The generated models name each property as openapi-python-client 0.29.1 does
(``openapi_python_client.strings.PythonIdentifier`` with the ``field_`` prefix): keep letters,
digits and the delimiters ``. _-``, split camel case into words, join them with ``_`` in lower
case, suffix ``_`` to reserved words. ``tests/unit/test_field_names.py`` checks this copy against
the generator for every property name of every spec.
"""

from __future__ import annotations

import builtins
import keyword
import re

_DELIMITERS = r"\. _-"
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}
_INDEX = re.compile(r"[0-9]+")


def attribute_name(wire: str, prefix: str = "field_") -> str:
    """The Python name the generated code gives a property (or parameter) named ``wire``."""
    safe = "".join(c for c in wire if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)
    leading_underscore = safe.startswith("_")
    if any(c.isupper() for c in safe):
        safe = " ".join(re.split("([A-Z]?[a-z]+)", safe))
    name = "_".join(re.findall(rf"[^{re.escape(_DELIMITERS)}]+", safe)).lower()
    if name in _RESERVED or keyword.iskeyword(name):
        name = f"{name}_"
    if not name.isidentifier() or leading_underscore:
        name = f"{prefix}{name}"
    return name


def attribute_path(wire_path: str) -> str:
    """``ContactData.State`` -> ``contact_data.state``; list indexes become ``[0]``; ``a|b`` alternatives stay."""
    if wire_path.startswith("<"):
        return wire_path  # "<body>": the whole document
    parts: list[str] = []
    for step in wire_path.split("."):
        if _INDEX.fullmatch(step) and parts:
            parts[-1] += f"[{step}]"
        else:
            parts.append("|".join(attribute_name(name) for name in step.split("|")))
    return ".".join(parts)
