# Generated from the spec (shared types of every operation) by templates/types.py.jinja: do not edit.
"""Types shared by the operations: ``Response`` (of ``*_detailed``), ``File``, ``UNSET`` (an argument left out)."""

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar


class Unset:
    """The value of a property NP6 did not send (or a request argument left out)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


def status(code: int) -> HTTPStatus | int:
    """The ``HTTPStatus`` of a status code, or the code itself when the standard names none (520...)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


@dataclass(slots=True)
class Response(Generic[T]):
    """A response from an endpoint: ``status_code`` is an ``HTTPStatus`` (an int), or a plain int
    for a code the standard does not name (a proxy's 520, say)."""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "status"]
