"""Streaming decode of the event endpoints: large JSON arrays read and decoded one item at a time.

Every operation of ``/events`` and ``/reactivities`` paths has, next to ``sync``/``asyncio``,
``stream(...)`` and ``astream(...)``. They send the request through the same path as the other
calls (auth, retries and logging of ``_transport.py``; a retry can only happen before the first
byte of the body is read, since the transport returns as soon as the headers are in), then feed
the body to an incremental JSON parser (ijson, C backend ``yajl2_c`` when available) and decode
each array element with the operation's own item decoder, so memory stays flat however large
the array is::

    from np6.api.email_sms_events import list_all_action_events

    with list_all_action_events.stream(client=client, start=yesterday, end=today) as events:
        for event in events:
            handle(event)

Errors: a non-2xx status raises the matching :class:`errors.APIStatusError` before anything is
yielded; a body cut short (dropped connection, truncated JSON) raises :class:`TruncatedStreamError`
after every complete item before the cut was yielded; invalid JSON or an element that does not
decode raises :class:`errors.DecodeError`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx
import ijson  # type: ignore[import-untyped,unused-ignore]  # ijson ships no type hints
import msgspec

from . import errors
from ._operations import Operation
from ._transport import STREAM_EXTENSION
from .client import BaseClient, _unsent_error

T = TypeVar("T")


def _backend() -> Any:
    try:
        return ijson.get_backend("yajl2_c")
    except ImportError:  # no compiled backend on this platform: the best available one
        return ijson


#: The ijson backend in use (``yajl2_c`` unless the C extension is unavailable).
BACKEND = _backend()
BACKEND_NAME: str = BACKEND.backend_name
_WHITESPACE = b" \t\r\n"
#: A UTF-8 byte order mark, which some servers put before JSON (the buffered decoding accepts it).
_BOM = b"\xef\xbb\xbf"


class TruncatedStreamError(errors.DecodeError):
    """The body ended before its JSON array was complete (connection dropped or response cut).

    Every complete item before the cut has been yielded. Attributes: ``operation``, ``items``
    (complete items received), ``received`` (bytes received) and ``cause``.
    """

    def __init__(
        self,
        operation: str,
        *,
        items: int,
        received: int,
        cause: BaseException,
        status_code: int | None = None,
        request_id: str | None = None,
    ):
        super().__init__(operation, b"", cause, status_code=status_code, request_id=request_id)
        self.items = items
        self.received = received
        self.args = (
            f"the response of {operation} (request id: {request_id or 'none'}) ended before its JSON array was "
            f"complete, after {items} complete item(s) and {received} byte(s): {type(cause).__name__}: "
            f"{_first_line(cause)}. Every complete item was delivered; ask again from the last one (a polling "
            "cursor does this).",
        )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else ""


class _Body:
    """What is known of the response body being parsed (shared by the sync and async readers)."""

    def __init__(self, operation: str, response: httpx.Response):
        self.operation = operation
        self.status_code = response.status_code
        self.request_id: str | None = response.headers.get("x-request-id")
        self.redact = errors.redactor(response)
        self.count = 0  # complete items parsed so far
        self.received = 0  # bytes read so far
        self.eof = False  # the body ended (as far as HTTP is concerned)
        self._started = False

    def accept(self, chunk: bytes) -> bytes:
        """Account for a chunk read; check that the body is an array before the parser sees it."""
        self.received += len(chunk)
        if not self._started:
            if self.received == len(chunk):
                chunk = chunk.removeprefix(_BOM)  # the parser does not skip a byte order mark
            stripped = chunk.lstrip(_WHITESPACE)
            if stripped:
                self._started = True
                if not stripped.startswith(b"["):
                    raise self.error(chunk, ValueError("expected a JSON array"))
        return chunk

    def json_error(self, exc: BaseException) -> errors.DecodeError:
        """The error to raise for a parser error: an empty, cut or invalid body."""
        if self.received == 0:
            return self.error(b"", ValueError("empty body where a JSON array was expected"))
        if self.eof:  # the parser ran out of input mid-array
            return self.truncated(exc)
        return self.error(b"", exc)

    def error(self, content: bytes, cause: BaseException) -> errors.DecodeError:
        return errors.DecodeError(
            self.operation,
            content,
            cause,
            status_code=self.status_code,
            request_id=self.request_id,
            redact=self.redact,
        )

    def truncated(self, cause: BaseException) -> TruncatedStreamError:
        return TruncatedStreamError(
            self.operation,
            items=self.count,
            received=self.received,
            cause=cause,
            status_code=self.status_code,
            request_id=self.request_id,
        )


class _Reader:
    """A file-like view of a response's byte chunks for ijson, whose C parser reads files
    (``read(n)``) faster than it is fed through its coroutine interface."""

    def __init__(self, chunks: Iterator[bytes], body: _Body):
        self._chunks = chunks
        self._body = body

    def read(self, size: int = -1) -> bytes:
        if size == 0:
            return b""
        for chunk in self._chunks:
            accepted = self._body.accept(chunk) if chunk else b""
            if accepted:  # an empty read means the end of the input to ijson
                return accepted
        self._body.eof = True
        return b""


class _AsyncReader:
    """The async :class:`_Reader` (ijson parses objects with an ``async def read``)."""

    def __init__(self, chunks: AsyncIterator[bytes], body: _Body):
        self._chunks = chunks
        self._body = body

    async def read(self, size: int = -1) -> bytes:
        if size == 0:
            return b""
        async for chunk in self._chunks:
            accepted = self._body.accept(chunk) if chunk else b""
            if accepted:
                return accepted
        self._body.eof = True
        return b""


def decode_item(item: Any, parse: Callable[[Any], T], operation: str, response: httpx.Response | None = None) -> T:
    """Decode one element with the operation's item decoder; DecodeError (with the element) on failure."""
    try:
        return parse(item)
    except errors.NP6Error:
        raise
    except (msgspec.DecodeError, ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
        raise errors.DecodeError(
            operation,
            json.dumps(item, default=str).encode(),
            exc,
            status_code=None if response is None else response.status_code,
            request_id=None if response is None else response.headers.get("x-request-id"),
            redact=errors.redactor(response),
        ) from exc


def _status_error(response: httpx.Response, operation: str) -> errors.APIStatusError:
    return errors.error_for(response, operation)


def _read_error(exc: httpx.TransportError, response: httpx.Response) -> errors.APIConnectionError:
    request = response.request
    where = f"{request.method} {errors.wire_path(request)}"
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(f"{where} timed out while reading an error response ({type(exc).__name__})")
    return errors.APIConnectionError(f"{where} failed while reading an error response: {type(exc).__name__}")


# -- sync -------------------------------------------------------------------------------------


def _prepared(client: BaseClient, request_kwargs: dict[str, Any], operation: Operation | str) -> dict[str, Any]:
    # The same request as Client.request builds (per-call options and the operation's name ride
    # on request extensions), marked as streamed: the transport leaves the body to the decoder.
    prepared = client._request_kwargs(dict(request_kwargs), operation)
    prepared["extensions"] = {**prepared["extensions"], STREAM_EXTENSION: True}
    return prepared


def _send(client: BaseClient, request_kwargs: dict[str, Any], operation: Operation | str) -> httpx.Response:
    http = client.get_httpx_client()
    prepared = _prepared(client, request_kwargs, operation)
    try:
        return http.send(http.build_request(**prepared), stream=True)
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise _unsent_error(exc, prepared, str(operation)) from exc


def iter_raw(
    client: BaseClient,
    request_kwargs: dict[str, Any],
    operation: Operation | str,
    on_response: Callable[[httpx.Response], None] | None = None,
) -> Generator[Any, None, None]:
    """The raw (JSON-decoded, not yet typed) elements of the array the request answers with."""
    response = _send(client, request_kwargs, operation)
    name = str(operation)
    try:
        if on_response is not None:
            on_response(response)
        if not 200 <= response.status_code < 300:
            try:
                response.read()
            except httpx.TransportError as exc:
                raise _read_error(exc, response) from exc
            raise _status_error(response, name)
        if response.status_code == 204:
            return
        body = _Body(name, response)
        items = BACKEND.items(_Reader(response.iter_bytes(), body), "item", use_float=True)
        try:
            for item in items:
                body.count += 1
                yield item
        except (httpx.TransportError, httpx.StreamError) as exc:
            raise body.truncated(exc) from exc
        except httpx.DecodingError as exc:
            raise body.error(b"", exc) from exc
        except ijson.JSONError as exc:
            raise body.json_error(exc) from exc
        if body.received == 0:
            raise body.json_error(ValueError("empty body"))
    finally:
        response.close()


class EventStream(Generic[T]):
    """A lazy iterator of decoded items; the request is sent on the first ``next()``.

    Use it in a ``with`` block (or call :meth:`close`) to release the connection when you stop
    before the end. ``response`` holds the HTTP response (status, headers) once it has arrived.
    """

    def __init__(
        self, client: BaseClient, request_kwargs: dict[str, Any], operation: Operation | str, parse: Callable[[Any], T]
    ):
        self.operation = str(operation)
        self.response: httpx.Response | None = None
        self._parse = parse
        self._raw = iter_raw(client, request_kwargs, operation, self._set_response)
        self._items = self._decode()

    def _set_response(self, response: httpx.Response) -> None:
        self.response = response

    def _decode(self) -> Generator[T, None, None]:
        parse, operation = self._parse, self.operation
        for item in self._raw:
            yield decode_item(item, parse, operation, self.response)

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        return next(self._items)

    def close(self) -> None:
        """Stop reading and release the connection."""
        self._items.close()
        self._raw.close()

    def __enter__(self) -> EventStream[T]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


# -- async ------------------------------------------------------------------------------------


async def _asend(client: BaseClient, request_kwargs: dict[str, Any], operation: Operation | str) -> httpx.Response:
    http = client.get_async_httpx_client()
    prepared = _prepared(client, request_kwargs, operation)
    try:
        return await http.send(http.build_request(**prepared), stream=True)
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise _unsent_error(exc, prepared, str(operation)) from exc


async def aiter_raw(
    client: BaseClient,
    request_kwargs: dict[str, Any],
    operation: Operation | str,
    on_response: Callable[[httpx.Response], None] | None = None,
) -> AsyncGenerator[Any, None]:
    """Async :func:`iter_raw`."""
    response = await _asend(client, request_kwargs, operation)
    name = str(operation)
    try:
        if on_response is not None:
            on_response(response)
        if not 200 <= response.status_code < 300:
            try:
                await response.aread()
            except httpx.TransportError as exc:
                raise _read_error(exc, response) from exc
            raise _status_error(response, name)
        if response.status_code == 204:
            return
        body = _Body(name, response)
        items = BACKEND.items_async(_AsyncReader(response.aiter_bytes(), body), "item", use_float=True)
        try:
            async for item in items:
                body.count += 1
                yield item
        except (httpx.TransportError, httpx.StreamError) as exc:
            raise body.truncated(exc) from exc
        except httpx.DecodingError as exc:
            raise body.error(b"", exc) from exc
        except ijson.JSONError as exc:
            raise body.json_error(exc) from exc
        if body.received == 0:
            raise body.json_error(ValueError("empty body"))
    finally:
        await response.aclose()


class AsyncEventStream(Generic[T]):
    """Async :class:`EventStream`: ``async for`` it, preferably inside ``async with``."""

    def __init__(
        self, client: BaseClient, request_kwargs: dict[str, Any], operation: Operation | str, parse: Callable[[Any], T]
    ):
        self.operation = str(operation)
        self.response: httpx.Response | None = None
        self._parse = parse
        self._raw = aiter_raw(client, request_kwargs, operation, self._set_response)

    def _set_response(self, response: httpx.Response) -> None:
        self.response = response

    def __aiter__(self) -> AsyncEventStream[T]:
        return self

    async def __anext__(self) -> T:
        item = await anext(self._raw)
        return decode_item(item, self._parse, self.operation, self.response)

    async def aclose(self) -> None:
        """Stop reading and release the connection."""
        await self._raw.aclose()

    async def __aenter__(self) -> AsyncEventStream[T]:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


__all__ = ["BACKEND_NAME", "AsyncEventStream", "EventStream", "TruncatedStreamError", "aiter_raw", "iter_raw"]
