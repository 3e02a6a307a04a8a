"""Request checks and body encoders used by the generated operations of np6.

Every check here runs before anything is sent (in an operation's ``_get_kwargs``, or in
:meth:`np6.Client.request` for headers), and every refusal is an :class:`np6.errors.NP6Error`
with ``sent = False``:

* :func:`check_body`: the body has the operation's type (a model, a list of models or values,
  ...); a plain ``dict`` is refused with a hint to build the model with ``Model.from_dict``
  (:class:`BodyTypeError`);
* :func:`check_headers`: header names are HTTP tokens and values are printable ASCII without
  line breaks or surrounding spaces (:class:`InvalidHeaderError`); the value is never echoed;
* path parameters: ``_paths.py`` (:class:`InvalidPathParameterError`);

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
import functools
import io
import os
import re
import stat
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence, Sized
from typing import IO, Any, ParamSpec, TypeVar

import msgspec

from ._models import decode_hook, encode_hook
from .errors import NP6Error
from .types import File

P = ParamSpec("P")
R = TypeVar("R")

#: Bytes read from a file object per chunk of a streamed upload.
CHUNK_SIZE = 64 * 1024

BinaryBody = bytes | IO[bytes] | File
StreamedBody = bytes | Iterator[bytes] | AsyncIterator[bytes]


class RequestValidationError(NP6Error, ValueError):
    """A request was refused before sending: it breaks a constraint of the spec.

    Attributes:
        operation: the operation (module and function name), e.g. ``add_segment_targets``.
        sent: always False (nothing reached NP6).
    """

    sent = False

    def __init__(self, operation: str, message: str):
        self.operation = operation
        super().__init__(f"{operation}: {message}")


class InvalidPathParameterError(RequestValidationError):
    """A path parameter's value would change the requested path, or has the wrong type.

    ``..``, ``.`` and the empty string are refused (URL normalisation would drop or merge the
    segment: ``DELETE /targets/../segments/41`` is ``DELETE /segments/41``), and so are
    ``None``, booleans, other types than the parameter's, and control characters. Any other
    value is sent percent-encoded as exactly one path segment.

    Attributes: ``operation``, ``parameter`` (its name in the spec).
    """

    def __init__(self, operation: str, parameter: str, message: str):
        self.parameter = parameter
        super().__init__(operation, f"path parameter {parameter!r} {message}")


class InvalidHeaderError(RequestValidationError):
    """A header name or value cannot be sent as it is (line break, control character, ...).

    The value is never included in the message (it may be a secret). Attributes: ``operation``,
    ``header``.
    """

    def __init__(self, operation: str, header: str, message: str):
        self.header = header
        super().__init__(operation, f"header {header!r} {message}")


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


class ArgumentTypeError(NP6Error, TypeError):
    """An argument of an operation could not be encoded into a request: it does not have its
    documented type (a ``str`` where the signature says an enum, a ``dict`` inside a model...).
    Nothing was sent (``sent`` is False); ``__cause__`` is the error the encoding raised."""

    sent = False

    def __init__(self, operation: str, cause: BaseException):
        self.operation = operation
        text = str(cause)
        text = text if len(text) <= 200 else text[:200] + "..."
        super().__init__(
            f"{operation}: an argument does not have its documented type and cannot be sent "
            f"({type(cause).__name__}: {text}); check the types in the function's signature"
        )


def encodes(operation: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate an operation's ``_get_kwargs``: a failure to encode an argument (a value of the
    wrong type deep in a body or a query) is an :class:`ArgumentTypeError` naming the operation,
    never a bare ``AttributeError`` or ``KeyError``; the client's own refusals pass unchanged."""

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(function)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return function(*args, **kwargs)
            except NP6Error:
                raise
            except (AttributeError, TypeError, KeyError, ValueError, IndexError) as exc:
                raise ArgumentTypeError(operation, exc) from exc

        return wrapper

    return decorate


class BodyTypeError(NP6Error, TypeError):
    """The body does not have the operation's type (or the chosen media type's, or is not binary
    for an upload). Nothing was sent (``sent`` is False)."""

    sent = False

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
        operation,
        f"content_type {content_type!r} takes a body of type {expected}, got {_kind(body)}{_dict_hint(body, expected)}",
    )


def _kind(value: object) -> str:
    if isinstance(value, list) and value:
        kinds = sorted({type(item).__name__ for item in value})
        return f"list[{' | '.join(kinds)}]"
    return type(value).__name__


def _dict_hint(body: object, expected: str) -> str:
    """How to build the model when a plain mapping was given where a model is expected."""
    if not isinstance(body, Mapping):
        return ""
    models = [name.strip() for name in expected.split("|") if name.strip()[:1].isupper()]
    if not models:
        return ""
    builders = " or ".join(f"{name}.from_dict(data)" for name in models)
    return f"; a plain dict is not sent as it is: build the model with {builders}"


def check_body(operation: str, body: object, ok: bool, expected: str) -> None:
    """Raise :class:`BodyTypeError` unless ``ok`` (the generated type check of ``body``) holds.

    ``expected`` is the body's Python type as the signature spells it (``SegmentInput``,
    ``list[str]``); a plain dict given for a model gets a hint to build the model.
    """
    if not ok:
        raise BodyTypeError(operation, f"the body must be {expected}, got {_kind(body)}{_dict_hint(body, expected)}")


def json_body(operation: str, body: object) -> Any:
    """The JSON value of a request body, its models checked first (:func:`check_models`)."""
    check_models(operation, body)
    return msgspec.to_builtins(body, enc_hook=encode_hook)


def check_models(operation: str, body: object) -> None:
    """Raise :class:`ArgumentTypeError` unless every model of ``body`` holds what its fields declare.

    Models are msgspec Structs, which do not check their fields when built: a ``dict`` or a
    ``str`` where a field expects a model, an enum or a number would otherwise be sent as is.
    The check encodes the model and decodes it back, strictly (about a microsecond per field).
    """
    items = body if isinstance(body, list) else [body]
    for index, item in enumerate(items):
        if not isinstance(item, msgspec.Struct):
            continue
        try:
            msgspec.convert(msgspec.to_builtins(item, enc_hook=encode_hook), type(item), dec_hook=decode_hook)
        except (msgspec.ValidationError, TypeError, ValueError) as exc:
            where = f"body[{index}]" if isinstance(body, list) else "body"
            problem = TypeError(f"{where} is not a valid {type(item).__name__}: {exc}")
            raise ArgumentTypeError(operation, problem) from None


def is_instance(value: object, kind: type[Any] | tuple[type[Any], ...]) -> bool:
    """``isinstance`` without type narrowing (generated code casts after checking)."""
    return isinstance(value, kind)


def is_list_of(value: object, kind: type[Any]) -> bool:
    """True for a list whose items are all instances of ``kind``."""
    return isinstance(value, list) and all(isinstance(item, kind) for item in value)


#: An HTTP header name (RFC 9110 token).
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
#: A header value h11 sends unchanged: printable ASCII and tabs, no space at either end.
_VALUE = re.compile(r"(?:[\x21-\x7e](?:[\t\x20-\x7e]*[\x21-\x7e])?)?")


def header_problem(name: object, value: object) -> str | None:
    """Why a header cannot be sent (None when it can). Never quotes the value."""
    if not isinstance(name, str) or not _TOKEN.fullmatch(name):
        return "is not a valid header name"
    if not isinstance(value, str):
        return f"must have a str value, got {type(value).__name__}"
    if not _VALUE.fullmatch(value):
        for index, char in enumerate(value):
            if char in "\r\n":
                return f"has a line break in its value (at position {index})"
            if not (char == "\t" or " " <= char <= "~"):
                return f"has a character that is not printable ASCII in its value (at position {index})"
        return "has a value starting or ending with white space"
    return None


def check_headers(operation: str, headers: Iterable[tuple[object, object]]) -> None:
    """Raise :class:`InvalidHeaderError` for the first header that cannot be sent as it is."""
    for name, value in headers:
        problem = header_problem(name, value)
        if problem is not None:
            raise InvalidHeaderError(operation, name if isinstance(name, str) else repr(name), problem)


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
    "ArgumentTypeError",
    "BodyTypeError",
    "InvalidContentTypeError",
    "InvalidHeaderError",
    "InvalidPathParameterError",
    "RequestValidationError",
    "TooFewItemsError",
    "TooManyItemsError",
    "binary_body",
    "check_body",
    "check_content_type",
    "check_headers",
    "check_items",
    "encodes",
]
