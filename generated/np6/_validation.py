"""Request checks and body encoders used by the generated operations of np6.

Every check here runs inside an operation's ``_get_kwargs``, i.e. before anything is sent:

* :func:`check_content_type`: an operation offering several request media types takes
  ``content_type=`` and refuses one the spec does not document (:class:`InvalidContentTypeError`);
* :func:`check_items`: an array body longer than the schema's ``maxItems`` (or shorter than its
  ``minItems``) is refused (:class:`TooManyItemsError`, :class:`TooFewItemsError`), e.g. the 50
  contacts per call of ``add_segment_targets``;
* :func:`binary_body`: an ``application/octet-stream`` body is bytes or a binary file object;
  a file object is streamed in :data:`CHUNK_SIZE` reads, never read whole, with a
  ``Content-Length`` of what is left to read when the file's size is known.

All the errors derive from :class:`np6.errors.NP6Error`; the refusals also from
``ValueError`` and a wrong body type from ``TypeError``.
"""

from __future__ import annotations

import asyncio
import io
import os
import stat
from collections.abc import AsyncIterator, Iterator, Sequence, Sized
from typing import IO, Any

from .errors import NP6Error
from .types import File

#: Bytes read from a file object per chunk of a streamed upload.
CHUNK_SIZE = 64 * 1024

BinaryBody = bytes | IO[bytes] | File
StreamedBody = bytes | Iterator[bytes] | AsyncIterator[bytes]


class RequestValidationError(NP6Error, ValueError):
    """A request was refused before sending: it breaks a constraint of the spec.

    Attributes:
        operation: the operation (module and function name), e.g. ``add_segment_targets``.
    """

    def __init__(self, operation: str, message: str):
        self.operation = operation
        super().__init__(f"{operation}: {message}")


class TooManyItemsError(RequestValidationError):
    """An array body has more items than the operation accepts in one call (``maxItems``)."""

    def __init__(self, operation: str, *, limit: int, length: int):
        self.limit = limit
        self.length = length
        super().__init__(
            operation,
            f"the body has {length} items but at most {limit} are accepted per call; split it into calls of {limit}",
        )


class TooFewItemsError(RequestValidationError):
    """An array body has fewer items than the operation requires (``minItems``)."""

    def __init__(self, operation: str, *, limit: int, length: int):
        self.limit = limit
        self.length = length
        super().__init__(operation, f"the body has {length} items but at least {limit} are required")


class InvalidContentTypeError(RequestValidationError):
    """``content_type=`` is not one of the media types the operation documents."""

    def __init__(self, operation: str, content_type: object, allowed: Sequence[str]):
        self.content_type = content_type
        self.allowed = tuple(allowed)
        super().__init__(
            operation, f"content_type {content_type!r} is not one of the documented media types {self.allowed!r}"
        )


class BodyTypeError(NP6Error, TypeError):
    """The body does not have the type of the chosen media type (or is not binary for an upload)."""

    def __init__(self, operation: str, message: str):
        self.operation = operation
        super().__init__(f"{operation}: {message}")


def check_content_type(operation: str, content_type: object, allowed: Sequence[str]) -> None:
    """Raise :class:`InvalidContentTypeError` unless ``content_type`` is one of ``allowed``."""
    if not isinstance(content_type, str) or content_type not in allowed:
        raise InvalidContentTypeError(operation, content_type, allowed)


def check_items(operation: str, body: Sized, *, max_items: int | None = None, min_items: int | None = None) -> None:
    """Raise when the array ``body`` breaks the schema's ``maxItems``/``minItems``."""
    length = len(body)
    if max_items is not None and length > max_items:
        raise TooManyItemsError(operation, limit=max_items, length=length)
    if min_items is not None and length < min_items:
        raise TooFewItemsError(operation, limit=min_items, length=length)


def body_mismatch(operation: str, content_type: str, expected: str, body: object) -> BodyTypeError:
    """The error for a body whose type does not match the chosen ``content_type``."""
    return BodyTypeError(
        operation, f"content_type {content_type!r} takes a body of type {expected}, got {type(body).__name__}"
    )


def is_instance(value: object, kind: type[Any]) -> bool:
    """``isinstance`` without type narrowing (generated code casts after checking)."""
    return isinstance(value, kind)


def is_list_of(value: object, kind: type[Any]) -> bool:
    """True for a list whose items are all instances of ``kind``."""
    return isinstance(value, list) and all(isinstance(item, kind) for item in value)


def is_binary(body: object) -> bool:
    """True for what :func:`binary_body` accepts (bytes, a binary file object, a ``File``)."""
    return isinstance(body, (bytes, File)) or (callable(getattr(body, "read", None)) and not _is_text(body))


def _is_text(stream: object) -> bool:
    mode = getattr(stream, "mode", None)
    return isinstance(stream, io.TextIOBase) or (isinstance(mode, str) and "b" not in mode)


def _remaining(stream: IO[bytes]) -> int | None:
    """Bytes left between the position and the end of a file object, without reading it."""
    try:
        position = stream.tell()
    except (AttributeError, OSError, ValueError):
        return None
    try:
        status = os.fstat(stream.fileno())
    except (AttributeError, OSError, ValueError):
        status = None
    if status is not None and stat.S_ISREG(status.st_mode):
        size = status.st_size
    else:
        # Not a regular file (pipes report size 0): only a seekable stream tells its size.
        try:
            size = stream.seek(0, os.SEEK_END)
            stream.seek(position)
        except (AttributeError, OSError, ValueError):
            return None
    return max(0, size - position)


def _chunks(stream: IO[bytes], chunk_size: int) -> Iterator[bytes]:
    while chunk := stream.read(chunk_size):
        yield chunk


async def _achunks(stream: IO[bytes], chunk_size: int) -> AsyncIterator[bytes]:
    # Reads run in a worker thread, so a slow disk or network file never blocks the event loop.
    while chunk := await asyncio.to_thread(stream.read, chunk_size):
        yield chunk


def binary_body(
    operation: str, body: BinaryBody, *, asynchronous: bool = False, chunk_size: int = CHUNK_SIZE
) -> tuple[StreamedBody, int | None]:
    """The ``content=`` of an upload and its length (None: unknown, sent chunked).

    ``bytes`` are sent as they are. A file object (or the ``payload`` of a :class:`File`) is read
    ``chunk_size`` bytes at a time while the request is written, from its current position; its
    length is what is left to read when it can be found without reading (a real file or a
    seekable stream). A streamed body cannot be replayed, so such a request is never retried.
    """
    if isinstance(body, File):
        body = body.payload
    if isinstance(body, bytes):
        return body, len(body)
    if not is_binary(body):
        raise BodyTypeError(
            operation, f"the body must be bytes or a file object opened in binary mode, got {type(body).__name__}"
        )
    length = _remaining(body)
    stream = _achunks(body, chunk_size) if asynchronous else _chunks(body, chunk_size)
    return stream, length


__all__ = [
    "CHUNK_SIZE",
    "BodyTypeError",
    "InvalidContentTypeError",
    "RequestValidationError",
    "TooFewItemsError",
    "TooManyItemsError",
    "binary_body",
    "check_content_type",
    "check_items",
]
