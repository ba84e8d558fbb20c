"""A broken schema rule in words (``must be at most 64 characters``), never the raw regex or the value.

``describe(rule, definition, schema)`` takes the rule fastjsonschema reports, that rule's value
and the schema it sits in. A ``pattern`` is named by the ``format`` beside it, else by the form
it matches when it is one of the forms the specs use, else by what it allows in general terms.
"""

from __future__ import annotations

from typing import Any

FORMATS = {
    "email": "an email address",
    "uri": "an absolute URL",
    "url": "an absolute URL",
    "date-time": "an ISO 8601 date-time",
    "date": "an ISO 8601 date (YYYY-MM-DD)",
    "time": "an ISO 8601 time",
    "uuid": "a UUID",
    "int64": "a 64-bit integer",
    "int32": "a 32-bit integer",
}
TYPES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "object": "a JSON object",
    "array": "a list",
    "null": "null",
}
PATTERNS = {
    r"^\+[1-9][0-9]{1,14}$": "an E.164 phone number (+ and up to 15 digits, no leading 0)",
    r"^[^@\x00-\x20]{1,64}@[^@\x00-\x20]+$": "an email address (a local part of 1-64 characters, @, a domain)",
    r"^[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9][^\s/?#@]*([/?#][^\s]*)?$": "an absolute http(s) URL",
    r"^[A-Za-z_][A-Za-z0-9_]*$": "an identifier (letters, digits and _, not starting with a digit)",
    r"^[0-9a-f]{40}$": "40 lowercase hexadecimal digits",
    r"^([0-9]{4})?[0-9]{4}$": "4 or 8 digits",
    r"^-?[0-9]+(\.[0-9]+)?$": "a decimal number written as text (digits, an optional sign and fraction)",
    r"^[0-9]+$": "a whole number written in digits",
    r"^[1-9][0-9]*$": "a positive whole number written in digits (no leading 0)",
}


def _types(definition: Any) -> str:
    names = definition if isinstance(definition, list) else [definition]
    return " or ".join(TYPES.get(str(name), str(name)) for name in names)


def _plural(count: Any, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


_BOUNDS = frozenset(
    {"maxLength", "minLength", "maxItems", "minItems", "maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum"}
)


def describe(rule: str, definition: Any, schema: dict[str, Any] | None = None) -> str:
    """The rule ``rule`` (with its value ``definition``, inside ``schema``) as a phrase after the field name.

    A bound keeps the spec's own terms after the words (``must not be empty (minItems 1)``),
    so the rule can be looked up in the spec; a pattern never shows its regex.
    """
    words = _words(rule, definition, schema or {})
    return f"{words} ({rule} {definition})" if rule in _BOUNDS else words


def _words(rule: str, definition: Any, schema: dict[str, Any]) -> str:
    if rule == "required":
        return "is required"
    if rule == "type":
        return f"must be {_types(definition)}"
    if rule == "enum":
        return f"must be one of {', '.join(repr(value) for value in definition)}"
    if rule == "const":
        return f"must be {definition!r}"
    if rule == "maxLength":
        return f"must be at most {_plural(definition, 'character')}"
    if rule == "minLength":
        return "must not be empty" if definition == 1 else f"must be at least {_plural(definition, 'character')}"
    if rule == "maxItems":
        return f"must have at most {_plural(definition, 'item')}"
    if rule == "minItems":
        return "must not be empty" if definition == 1 else f"must have at least {_plural(definition, 'item')}"
    if rule in ("maximum", "exclusiveMaximum"):
        return f"must be {'below' if rule.startswith('exclusive') else 'at most'} {definition}"
    if rule in ("minimum", "exclusiveMinimum"):
        return f"must be {'above' if rule.startswith('exclusive') else 'at least'} {definition}"
    if rule == "format":
        return f"must be {FORMATS.get(str(definition), f'in the {definition} format')}"
    if rule == "pattern":
        form = FORMATS.get(str(schema.get("format"))) or PATTERNS.get(str(definition))
        return f"must be {form}" if form else "does not have the form the spec requires"
    if rule == "additionalProperties":
        return "has a field the spec does not allow"
    if rule == "uniqueItems":
        return "must not repeat an item"
    return f"breaks the {rule} rule"
