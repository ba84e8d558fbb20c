"""Contains some shared types for properties"""

import enum
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Final, Generic, Literal, TypeVar

from attrs import define, field


class Unset(enum.Enum):
    """The type of ``UNSET``: a field the answer left out, or an argument not given (None is JSON null).

    A one-member enum, so ``x is UNSET`` / ``x is not UNSET`` narrow ``int | Unset`` for mypy
    (``isinstance(x, Unset)`` works too). ``UNSET`` is falsy.
    """

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET


def checked_list(value: Any, item: type | None) -> Any:
    """A JSON array of ``item`` values (any values when None), or UNSET; anything else is a TypeError.

    The generated parsers turn the TypeError into the package's ``InvalidResponseError``.
    """
    if value is UNSET:
        return value
    if not isinstance(value, list):
        raise TypeError("a JSON array was expected")
    if item is not None and not all(_is(element, item) for element in value):
        raise TypeError(f"a JSON array of {item.__name__} was expected")
    return value


def _is(value: Any, kind: type) -> bool:
    if isinstance(value, bool):
        return kind is bool
    return isinstance(value, (int, float) if kind is float else kind)


def absent_if_null(value: Any) -> Any:
    """A JSON null in an optional field whose schema allows no null reads as absent (a tolerant reader)."""
    return UNSET if value is None else value


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes = field(repr=False)  # may carry tokens; ``parsed`` shows the model, credentials masked
    headers: MutableMapping[str, str] = field(repr=False)
    parsed: T
    """The success model (the client's layer raises its typed error for any other answer)."""


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "absent_if_null", "checked_list"]
