"""Read a vendor documentation snapshot into the operations (and field tables) it documents.

Four formats occur in ``vendor-docs/``; :func:`read` tells them apart by content:

* a **Postman collection** export (``{"info", "item"}``): one operation per request item;
  when the export lost an item's URL (myCRMSIM's collection has every URL empty and every
  method GET), the item is known by its name only and its method is not trusted;
* a **Postman documenter metadata** export (``{"collection": {"info"}, "environments"}``):
  no items, only a Markdown/HTML description; operations are the URLs it mentions
  (``{{variables}}`` replaced by the published environment's values);
* the **text dump of an HTML reference** (SALESmanago): operations are the endpoint URLs
  it names; its ``Field Max. length Description`` tables give request fields, with ``*``
  marking a required one;
* any other text (a help page): operations are the URLs and ``METHOD /path`` lines it names.

In free text a URL counts as an operation when an HTTP method stands shortly before it
(``POST https://…``, "send a POST request to …") or when it lies under one of the API's
base URLs (the spec's servers and the snapshot's own base URLs); other links (RFCs,
example callbacks, images) are ignored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
_URL = re.compile(r"""https?://[^\s'"`<>)\]\\]+""")
_METHOD_PATH = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE)\s+`?(/[\w\-./{}:]*)")
_METHOD_WORD = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE)\b")
_DEFAULT_METHOD = re.compile(r"All requests are sent using HTTP (GET|POST|PUT|PATCH|DELETE) method")
_POSTMAN_VARIABLE = re.compile(r"\{\{\s*([^}]+?)\s*\}\}")
_TABLE_HEAD = "Field Max. length Description"
_STATIC = re.compile(r"\.(png|jpe?g|gif|svg|css|js|ico)$", re.IGNORECASE)
_FIELD_NAME = re.compile(r"^([A-Za-z_][\w./]*)(\*{0,2})$")
METHOD_WINDOW = 80  # characters before a URL (same sentence) searched for the HTTP method introducing it


@dataclass(frozen=True)
class DocField:
    """One row of a documented request-field table."""

    name: str
    required: bool
    type: str | None  # JSON Schema type the docs imply, None when they do not say
    max_length: int | None
    line: int
    raw: str  # the docs' own wording of the type/length column


@dataclass
class DocOperation:
    """One operation the documentation names."""

    method: str | None  # None when the docs do not say (or cannot be trusted to)
    url: str | None  # absolute URL or a path starting with "/"; None for a URL-less item
    source: str  # "<file>:<line>" or '<file>#"<item name>"'
    anchor: str | None = None  # '<file>#"<item name>"' for a named item: how a spec can cite it
    fields: list[DocField] = field(default_factory=list)

    @property
    def label(self) -> str:
        """How the report names this operation."""
        if self.url is None:
            return str(self.anchor)
        return f"{self.method or '*'} {self.url}"


def _json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None


def read(path: Path, bases: Iterable[re.Pattern[str]] = ()) -> list[DocOperation]:
    """The operations a snapshot documents, in order, one per method and URL.

    ``bases`` are regular expressions for the API's base URLs (from the spec's servers):
    a URL under one of them counts as an operation even with no method named before it.
    """
    bases = list(bases)
    document = _json(path)
    if isinstance(document, dict) and isinstance(document.get("item"), list):
        found = read_collection(path.name, document, bases)
    elif isinstance(document, dict) and isinstance(document.get("collection"), dict):
        found = read_documenter(path.name, document, bases)
    else:
        text = path.read_text(encoding="utf-8")
        found = (
            read_reference_dump(path.name, text, bases) if _TABLE_HEAD in text else read_text(path.name, text, bases)
        )
    return _unique(found)


def _unique(operations: list[DocOperation]) -> list[DocOperation]:
    """Keep the first mention of each method and URL (a later mention adds its fields if the first had none).

    A mention without a method is dropped when the same URL is named with one elsewhere.
    """
    with_method = {operation.url for operation in operations if operation.method and operation.url}
    seen: dict[tuple[str | None, str | None, str | None], DocOperation] = {}
    for operation in operations:
        if operation.method is None and operation.url in with_method:
            continue
        key = (operation.method, operation.url, operation.anchor if operation.url is None else None)
        if key not in seen:
            seen[key] = operation
        elif operation.fields and not seen[key].fields:
            seen[key].fields = operation.fields
    return list(seen.values())


def _environment(document: dict[str, Any]) -> dict[str, str]:
    values: dict[str, str] = {}
    for environment in document.get("environments") or []:
        for item in environment.get("values") or []:
            if item.get("enabled", True) and isinstance(item.get("value"), str):
                values[str(item.get("key"))] = item["value"]
    for item in document.get("variable") or []:
        if isinstance(item.get("value"), str):
            values[str(item.get("key"))] = item["value"]
    return values


def _substitute(text: str, variables: dict[str, str]) -> str:
    return _POSTMAN_VARIABLE.sub(lambda m: variables.get(m.group(1), m.group(0)), text)


def _base_patterns(variables: dict[str, str]) -> list[re.Pattern[str]]:
    """Environment values that are URLs are base URLs of the API."""
    return [
        re.compile(re.escape(value.rstrip("/")) + r"(?=/|$)")
        for value in variables.values()
        if value.startswith(("http://", "https://"))
    ]


def _clean_url(url: str) -> str:
    url = url.split("?", 1)[0].split("#", 1)[0]
    return url.rstrip(".,;:'\"`*").rstrip("/")


def _under_base(url: str, bases: list[re.Pattern[str]]) -> bool:
    if _STATIC.search(url):
        return False  # an image or stylesheet of the docs site, not an endpoint
    return any((match := base.match(url)) is not None and url[match.end() :].strip("/") for base in bases)


def _mentions(text: str, bases: list[re.Pattern[str]]) -> Iterator[tuple[int, str | None, str]]:
    """(offset, method, URL or path) of every operation named in free text."""
    for match in _URL.finditer(text):
        url = _clean_url(match.group(0))
        window = text[max(0, match.start() - METHOD_WINDOW) : match.start()]
        boundary = max(window.rfind(". "), window.rfind("\n\n"), window.rfind("http"))
        window = window[boundary + 1 :]  # the method must introduce this URL, not an earlier sentence or link
        methods = _METHOD_WORD.findall(window)
        method = methods[-1] if methods else None
        if method or _under_base(url, bases):
            yield match.start(), method, url
    for match in _METHOD_PATH.finditer(text):
        yield match.start(), match.group(1), _clean_url(match.group(2))


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def read_text(
    name: str, text: str, bases: list[re.Pattern[str]], default_method: str | None = None
) -> list[DocOperation]:
    """Operations named in free text (a help page, a documenter description)."""
    found = []
    for offset, method, url in sorted(_mentions(text, bases), key=lambda mention: mention[0]):
        found.append(DocOperation(method or default_method, url, f"{name}:{_line_of(text, offset)}"))
    return found


def read_documenter(name: str, document: dict[str, Any], bases: list[re.Pattern[str]]) -> list[DocOperation]:
    """A Postman documenter metadata export: its description, and its items if it has any."""
    variables = _environment(document)
    collection = document["collection"]
    bases = bases + _base_patterns(variables)
    description = _substitute(str((collection.get("info") or {}).get("description") or ""), variables)
    found = read_text(f"{name}#description", description, bases)  # lines count within the description
    if isinstance(collection.get("item"), list):
        found += read_collection(name, {**collection, "environments": document.get("environments")}, bases)
    return found


def _items(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for item in items:
        if isinstance(item.get("item"), list):
            yield from _items(item["item"])  # a folder
        elif isinstance(item.get("request"), dict):
            yield item


def _request_url(request: dict[str, Any]) -> str:
    url = request.get("url")
    if isinstance(url, dict):
        url = url.get("raw") or ""
    return str(url or "").strip()


def read_collection(name: str, document: dict[str, Any], bases: list[re.Pattern[str]]) -> list[DocOperation]:
    """A Postman collection: one operation per request item.

    An item without a URL is an export defect: its method is not trusted either, and the
    item is known by its name (``file#"name"``), which a spec operation cites in ``x-doc-source``.
    """
    variables = _environment(document)
    found = []
    for item in _items(document["item"]):
        request = item["request"]
        anchor = f'{name}#"{item.get("name")}"'
        url = _request_url(request)
        if url:
            method = str(request.get("method") or "GET").upper()
            found.append(DocOperation(method, _clean_url(_substitute(url, variables)), anchor, anchor))
        else:
            found.append(DocOperation(None, None, anchor, anchor))
    return found


def read_reference_dump(name: str, text: str, bases: list[re.Pattern[str]]) -> list[DocOperation]:
    """The text dump of an HTML reference with endpoint URLs and request-field tables.

    A line that ends with an endpoint URL and is either the URL alone or a sentence about
    "the method" opens that operation's section; the field tables up to the next such line
    are its request fields. Other mentions ("to check the status, send a request to …")
    still count as documented operations.
    """
    default = _DEFAULT_METHOD.search(text)
    default_method = default.group(1) if default else None
    lines = text.split("\n")
    operations: list[DocOperation] = []
    current: DocOperation | None = None
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        urls = [url for _offset, _method, url in _mentions(line, bases)]
        if urls:
            operation = DocOperation(default_method, urls[-1], f"{name}:{index + 1}")
            operations.append(operation)
            for url in urls[:-1]:
                operations.append(DocOperation(default_method, url, f"{name}:{index + 1}"))
            before = _URL.split(line)[0]
            if _URL.fullmatch(line) or "method" in before.lower():
                current = operation
        if line.startswith(_TABLE_HEAD) and current is not None:
            rows, index = _table(lines, index + 1)
            current.fields.extend(rows)
            continue
        index += 1
    return operations


def _table(lines: list[str], start: int) -> tuple[list[DocField], int]:
    """Rows of one field table (it ends at a blank line); return them and the next line index."""
    rows: list[DocField] = []
    index = start
    while index < len(lines) and lines[index].strip():
        parts = lines[index].strip().split(" ")
        match = _FIELD_NAME.match(parts[0])
        if match and len(parts) > 1:
            column = " ".join(parts[1:4])
            kind, max_length = classify(column)
            if kind is None and max_length is None and parts[0][0].isupper():
                index += 1  # a description running on ("Dictionary detail type: …", "For type NUMBER: …")
                continue
            if kind == "enum":
                kind = "string"  # "enum" / "questionmark" / "A, B" / description: an enumerated string
            rows.append(DocField(match.group(1), match.group(2) == "*", kind, max_length, index + 1, parts[1]))
        index += 1
    return rows, index


_SIZE_UNITS = {"B", "KB", "MB", "GB"}
_LENGTH = re.compile(r"^(?:(\d+)-)?(\d+)(\[\?\])?$")


def classify(column: str) -> tuple[str | None, int | None]:
    """The JSON Schema type and max length a "Max. length" column implies (None: it does not say).

    ``255``, ``254[?]`` or ``3-255`` is a maximum of that many characters or items (the
    reference uses the column for both, so no type is asserted; ``2 MB`` is a size, ignored);
    ``255/tag`` and ``N*M`` describe items of a list (nothing asserted); ``true/false``,
    ``int``, ``UUID``, ``object``, ``array of …`` and timestamps name a type.
    """
    first, _, rest = column.partition(" ")
    lowered = column.lower()
    length = _LENGTH.match(first)
    if length and rest.split(" ")[0].upper() in _SIZE_UNITS:
        return None, None  # "2 MB": a size, not a length
    if length:
        return None, int(length.group(2))
    if first in {"true/false", "bool", "boolean", "Boolean"}:
        return "boolean", None
    if first in {"int", "Integer", "integer"} or lowered.startswith(("unix timestamp", "timestamp")):
        return "integer", None
    if first.startswith("float"):
        return "number", None
    if first == "UUID":
        return "string", None
    if first == "object":
        return "object", None
    if lowered.startswith("array of"):
        return "array", None
    if first.lower() == "enum":
        return "enum", None
    return None, None
