"""Transport policy of the np6 client: auth, retries, their time budget, logging.

Every request of :class:`np6.Client` goes through :class:`NP6Transport` (sync)
or :class:`AsyncNP6Transport` (async), layered over httpx's own transport. This module is the
one place where the ``X-Key`` header is added (only for the client's own origin, so a redirect
elsewhere never carries it; masked on the request object once it is over), where
``Content-Length: 0`` is forced on empty writes (NP6 answers 411 without it), where requests
are retried, and where requests are logged. Both transports take every decision through the
same :class:`_Attempts` object.

The body of a response is read here too, inside the retry loop (except for streamed event
reads, which read it as they decode it): a connection reset or cut while the body arrives is a
connection error like any other, retried for an idempotent request, never for a send, and
raised as :class:`np6.errors.APIConnectionError`.

Retry policy (see :class:`RetryPolicy`):

* retried: 408, 429, 502, 503, 504 and connection errors/timeouts, up to ``max_retries``
  times, with exponential backoff and jitter, honouring ``Retry-After`` and
  ``X-RateLimit-Reset`` (up to ``max_retry_after``), within ``total_budget`` seconds (which
  also caps the timeouts of each retry);
* never retried by default once a request that is not idempotent may have reached NP6: what
  is idempotent is the operation's fact (:class:`np6._operations.Operation`, from the spec:
  ``x-np6-idempotent: false`` on every send, and POST/PATCH by default), carried by the request;
  a request naming no operation is judged by its method. For those only a failure to connect
  (nothing was sent) and a 429 (NP6 refused the request unprocessed) are retried. Sending a
  message twice is worse than reporting an error. A caller who knows a call is safe to repeat
  opts in for that call: ``client.with_options(retry_unsafe=True)``;
* a body streamed from a file object is never sent twice (it cannot be replayed).

Logging: one DEBUG line per request on the ``np6`` logger, once it is over
(method, path as sent (percent-encoded), status or error, ``x-request-id``, elapsed time,
retries and what they answered). Headers are never logged, so the key never is.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from ._headers import announced_delay
from ._operations import Operation, ad_hoc
from .errors import REDACT_EXTENSION, APIConnectionError, APITimeoutError, DecodeError, wire_path

logger = logging.getLogger("np6")

#: Request extension keys: the per-call :class:`CallOptions`, and the operation's facts
#: (:class:`np6._operations.Operation`: idempotent, authenticated, ...).
OPTIONS_EXTENSION = "np6_options"
OPERATION_EXTENSION = "np6_operation"
#: Request extension of streamed reads: the body is left for the caller to read as it decodes.
STREAM_EXTENSION = "np6_stream"
#: What replaces the key on a request object once it is over (errors keep their request).
MASK = "***"


class Redactor:
    """Removes the key (and its escaped forms) from text; its repr never shows the key."""

    __slots__ = ("_secret",)

    def __init__(self, secret: str) -> None:
        self._secret = secret

    def __call__(self, text: str) -> str:
        return _redact(text, self._secret)

    def __repr__(self) -> str:
        return "Redactor()"


RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})


@dataclass(frozen=True)
class Clock:
    """The time sources of the retry loop (replace them to test retries without waiting).

    Attributes:
        monotonic: elapsed-time clock (budget, log).
        wall: epoch seconds (to read ``Retry-After`` dates and ``X-RateLimit-Reset`` epochs).
        sleep: blocking wait of the sync transport.
        async_sleep: wait of the async transport.
    """

    monotonic: Callable[[], float] = time.monotonic
    wall: Callable[[], float] = time.time
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before repeating a request.

    Attributes:
        max_retries: retries after the first attempt (0 disables retries).
        initial_delay: first backoff delay in seconds; it doubles on each retry.
        max_delay: cap of the exponential backoff.
        jitter: fraction of each backoff delay that is randomised (0 to 1).
        max_retry_after: the longest ``Retry-After``/``X-RateLimit-Reset`` wait honoured; a
            longer announced wait is not waited for (the error is raised instead).
        total_budget: seconds from the start of the first attempt within which retries and
            their waits must fit (None: no limit). No retry starts past it, and a retry's
            timeouts are cut to what is left of it. The first attempt keeps its own timeouts.
        statuses: response statuses that are retried.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    total_budget: float | None = 120.0
    statuses: frozenset[int] = RETRY_STATUSES

    def backoff(self, retry: int, rand: Callable[[], float] = random.random) -> float:
        """Delay before retry number ``retry`` (0-based), without any server hint."""
        delay = min(self.max_delay, self.initial_delay * (2.0**retry))
        return delay * (1.0 - self.jitter * rand())

    def announced_delay(self, response: httpx.Response, now: float | None = None) -> float | None:
        """The wait the server asked for (Retry-After, then X-RateLimit-Reset), in seconds."""
        return announced_delay(response.headers, now)


@dataclass(frozen=True)
class CallOptions:
    """Per-client or per-call settings carried on each request.

    Attributes:
        retry: the retry policy.
        retry_unsafe: also retry requests that are not idempotent (POST, PATCH, sends) after
            they may have reached NP6 (5xx, read timeouts, dropped connections). Off by default.
    """

    retry: RetryPolicy = field(default_factory=RetryPolicy)
    retry_unsafe: bool = False

    def with_max_retries(self, max_retries: int) -> CallOptions:
        return replace(self, retry=replace(self.retry, max_retries=max_retries))


def _options(request: httpx.Request, default: CallOptions) -> CallOptions:
    options = request.extensions.get(OPTIONS_EXTENSION)
    return options if isinstance(options, CallOptions) else default


def operation_of(request: httpx.Request) -> Operation:
    """The facts of the operation a request belongs to (by its method when it names none)."""
    operation = request.extensions.get(OPERATION_EXTENSION)
    return operation if isinstance(operation, Operation) else ad_hoc(request.method)


def is_idempotent(request: httpx.Request) -> bool:
    """True when repeating the request cannot duplicate an effect (the operation's fact)."""
    return operation_of(request).idempotent


def _not_sent(exc: httpx.TransportError) -> bool:
    """True when the request certainly never reached the server."""
    return isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, *_LOCAL))


#: Errors of this side that no retry can fix (httpx refused to send what it was given).
_LOCAL = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)


class _Attempts:
    """The retry decisions and the log line of one request, shared by both transports."""

    def __init__(self, request: httpx.Request, options: CallOptions, clock: Clock):
        self.request = request
        self.options = options
        self.policy = options.retry
        self.clock = clock
        self.started = clock.monotonic()
        self.retries = 0
        self.history: list[str] = []
        self.safe = options.retry_unsafe or is_idempotent(request)
        # A body streamed from a file object cannot be sent a second time.
        self.replayable = isinstance(request.stream, httpx.ByteStream)
        self._timeouts = request.extensions.get("timeout")

    def remaining(self) -> float | None:
        budget = self.policy.total_budget
        return None if budget is None else budget - (self.clock.monotonic() - self.started)

    def before_attempt(self) -> None:
        """Cut a retry's timeouts to what is left of the budget (the first attempt keeps its own)."""
        left = self.remaining()
        if self.retries == 0 or left is None or not isinstance(self._timeouts, dict):
            return
        left = max(left, 0.001)
        cut = {key: left if value is None else min(value, left) for key, value in self._timeouts.items()}
        self.request.extensions = {**self.request.extensions, "timeout": cut}

    def _fits(self, delay: float) -> bool:
        left = self.remaining()
        return left is None or delay < left

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying this response, or None to return it."""
        status = response.status_code
        if self.retries >= self.policy.max_retries or status not in self.policy.statuses or not self.replayable:
            return None
        # A 429 is a refusal before any processing: safe to repeat for every request.
        if status != 429 and not self.safe:
            return None
        announced = announced_delay(response.headers, self.clock.wall())
        if announced is not None and announced > self.policy.max_retry_after:
            return None
        delay = announced if announced is not None else self.policy.backoff(self.retries)
        if not self._fits(delay):
            return None
        self.history.append(str(status))
        return delay

    def after_error(self, exc: httpx.TransportError) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to raise it."""
        if self.retries >= self.policy.max_retries or isinstance(exc, _LOCAL):
            return None
        if not (_not_sent(exc) or (self.safe and self.replayable)):
            return None
        delay = self.policy.backoff(self.retries)
        if not self._fits(delay):
            return None
        self.history.append(type(exc).__name__)
        return delay

    def error(self, exc: httpx.TransportError, secret: str) -> APIConnectionError:
        request = self.request
        where = f"{request.method} {wire_path(request)}"
        operation = request.extensions.get(OPERATION_EXTENSION)
        operation = operation.id if isinstance(operation, Operation) else None
        if operation:
            where += f" ({operation})"
        tries = f" after {self.retries} retries" if self.retries else ""
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        detail = type(exc).__name__ + (
            f": {_redact(str(exc), secret)}" if str(exc) and cls is APIConnectionError else ""
        )
        verb = "timed out" if cls is APITimeoutError else "failed"
        return cls(
            f"{where} {verb}{tries} ({detail})",
            method=request.method,
            path=wire_path(request),
            operation=operation if isinstance(operation, str) else None,
            retries=self.retries,
            sent=not _not_sent(exc),
        )

    def log(self, response: httpx.Response | None, error: BaseException | None = None) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        elapsed_ms = (self.clock.monotonic() - self.started) * 1000.0
        outcome: object = response.status_code if response is not None else type(error).__name__
        request_id = response.headers.get("x-request-id", "-") if response is not None else "-"
        operation = self.request.extensions.get(OPERATION_EXTENSION)
        operation = operation.id if isinstance(operation, Operation) else "-"
        retried = f" ({', '.join(self.history)})" if self.history else ""
        logger.debug(
            "%s %s -> %s request_id=%s elapsed_ms=%.0f retries=%d%s operation=%s",
            self.request.method,
            wire_path(self.request),
            outcome,
            request_id,
            elapsed_ms,
            self.retries,
            retried,
            operation,
        )


def _redact(text: str, secret: str) -> str:
    """``text`` without ``secret`` (nor its escaped forms), whatever the secret holds."""
    if not secret:
        return text
    for form in {secret, repr(secret)[1:-1], repr(secret.encode("utf-8", "replace"))[2:-1]}:
        if form:
            text = text.replace(form, MASK)
    return text


def _prepare(request: httpx.Request, api_key: str, origin: httpx.URL | None) -> None:
    same_origin = origin is None or (request.url.scheme, request.url.host, request.url.port) == (
        origin.scheme,
        origin.host,
        origin.port,
    )
    if not same_origin:
        # A redirect to another host (or an absolute URL elsewhere): neither the key nor the
        # body (contact data) leaves for a host the client was not made for.
        raise APIConnectionError(
            f"{request.method} {wire_path(request)}: refused to send to {request.url.host!r}, another host "
            "than the client's base URL (a redirect?): NP6 data and the key stay on their origin",
            method=request.method,
            path=wire_path(request),
            operation=operation_of(request).id,
            sent=False,
        )
    if operation_of(request).authenticated:
        request.headers["X-Key"] = api_key
    elif "x-key" in request.headers:
        del request.headers["X-Key"]  # where the spec serves the operation without a key
    if request.method.upper() in ("POST", "PUT", "PATCH") and not (
        "content-length" in request.headers or "transfer-encoding" in request.headers
    ):
        # NP6 answers 411 to a write without Content-Length, even with no body.
        request.headers["Content-Length"] = "0"


def _finish(request: httpx.Request) -> None:
    """Mask the key on a request that is over (errors and responses keep a reference to it)."""
    if "x-key" in request.headers:
        request.headers["X-Key"] = MASK


def _decode_error(request: httpx.Request, response: httpx.Response, exc: httpx.DecodingError) -> DecodeError:
    operation = request.extensions.get(OPERATION_EXTENSION)
    return DecodeError(
        operation if isinstance(operation, str) else f"{request.method} {wire_path(request)}",
        b"",
        exc,
        status_code=response.status_code,
        request_id=response.headers.get("x-request-id"),
    )


class NP6Transport(httpx.BaseTransport):
    """Adds NP6 auth, the retry policy and the request log on top of another httpx transport."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        api_key: str,
        options: CallOptions | None = None,
        clock: Clock | None = None,
        origin: httpx.URL | str | None = None,
    ):
        self._inner = inner
        self._api_key = api_key
        self._options = options or CallOptions()
        self._clock = clock or Clock()
        self._origin = None if origin is None else httpx.URL(origin)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(inner={self._inner!r})"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _prepare(request, self._api_key, self._origin)
        try:
            return self._attempts(request)
        finally:
            _finish(request)

    def _attempts(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(request, _options(request, self._options), self._clock)
        streamed = bool(request.extensions.get(STREAM_EXTENSION))
        while True:
            attempts.before_attempt()
            try:
                response = self._inner.handle_request(request)
                if not streamed:
                    try:
                        response.read()
                    except BaseException:
                        response.close()
                        raise
            except httpx.TransportError as exc:
                delay = attempts.after_error(exc)
                if delay is None:
                    attempts.log(None, exc)
                    cause = None if _leaks(exc, self._api_key) else exc  # a cause showing the key is dropped
                    raise attempts.error(exc, self._api_key) from cause
            except httpx.DecodingError as exc:
                attempts.log(response, exc)
                raise _decode_error(request, response, exc) from exc
            else:
                delay = attempts.after_response(response)
                if delay is None:
                    attempts.log(response)
                    response.extensions = {**response.extensions, REDACT_EXTENSION: Redactor(self._api_key)}
                    return response
                response.close()
            attempts.retries += 1
            self._clock.sleep(delay)

    def close(self) -> None:
        self._inner.close()


class AsyncNP6Transport(httpx.AsyncBaseTransport):
    """The async twin of :class:`NP6Transport` (same policy, same decisions)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        api_key: str,
        options: CallOptions | None = None,
        clock: Clock | None = None,
        origin: httpx.URL | str | None = None,
    ):
        self._inner = inner
        self._api_key = api_key
        self._options = options or CallOptions()
        self._clock = clock or Clock()
        self._origin = None if origin is None else httpx.URL(origin)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(inner={self._inner!r})"

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _prepare(request, self._api_key, self._origin)
        try:
            return await self._attempts(request)
        finally:
            _finish(request)

    async def _attempts(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(request, _options(request, self._options), self._clock)
        streamed = bool(request.extensions.get(STREAM_EXTENSION))
        while True:
            attempts.before_attempt()
            try:
                response = await self._inner.handle_async_request(request)
                if not streamed:
                    try:
                        await response.aread()
                    except BaseException:
                        await response.aclose()
                        raise
            except httpx.TransportError as exc:
                delay = attempts.after_error(exc)
                if delay is None:
                    attempts.log(None, exc)
                    cause = None if _leaks(exc, self._api_key) else exc  # a cause showing the key is dropped
                    raise attempts.error(exc, self._api_key) from cause
            except httpx.DecodingError as exc:
                attempts.log(response, exc)
                raise _decode_error(request, response, exc) from exc
            else:
                delay = attempts.after_response(response)
                if delay is None:
                    attempts.log(response)
                    response.extensions = {**response.extensions, REDACT_EXTENSION: Redactor(self._api_key)}
                    return response
                await response.aclose()
            attempts.retries += 1
            await self._clock.async_sleep(delay)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _leaks(exc: BaseException, secret: str) -> bool:
    """True when the text of ``exc`` (or of its causes) shows the key: then it is not chained."""
    seen: BaseException | None = exc
    while seen is not None:
        if secret and _redact(str(seen), secret) != str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
