"""Transport policy of the np6 client: auth, retries, timeouts' errors, logging.

Every request of :class:`np6.Client` goes through :class:`NP6Transport` (sync)
or :class:`AsyncNP6Transport` (async), layered over httpx's own transport. This module is the
one place where the ``X-Key`` header is added, where ``Content-Length: 0`` is forced on empty
writes (NP6 answers 411 without it), where requests are retried, and where requests are logged.

Retry policy (see :class:`RetryPolicy`):

* retried: 408, 429, 502, 503, 504 and connection errors/timeouts, up to ``max_retries``
  times, with exponential backoff and jitter, honouring ``Retry-After`` and
  ``X-RateLimit-Reset`` (up to ``max_retry_after``) within a total time budget;
* never retried by default once a non-idempotent request (POST, PATCH) may have reached NP6:
  only a failure to connect (nothing was sent) and a 429 (NP6 refused the request unprocessed)
  are retried for those. Sending a message twice is worse than reporting an error. A caller who
  knows a call is safe to repeat opts in per call with ``client.with_options(retry_unsafe=True)``.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from .errors import APIConnectionError, APITimeoutError

logger = logging.getLogger("np6")

#: Request extension key carrying the per-call :class:`CallOptions`.
OPTIONS_EXTENSION = "np6_options"
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})


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
        total_budget: seconds after the first attempt past which no retry starts (None: no limit).
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


def announced_delay(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds to wait from ``Retry-After`` (seconds or HTTP date) or ``X-RateLimit-Reset``."""
    wall = time.time() if now is None else now
    value = headers.get("retry-after")
    if value:
        value = value.strip()
        try:
            return max(0.0, float(value))
        except ValueError:
            parsed = email.utils.parsedate_to_datetime(value) if _looks_like_date(value) else None
            if parsed is not None:
                return max(0.0, parsed.timestamp() - wall)
    reset = headers.get("x-ratelimit-reset")
    if reset:
        try:
            number = float(reset.strip())
        except ValueError:
            return None
        # An epoch timestamp (seconds or milliseconds) or a number of seconds to wait.
        if number > 1e12:
            number /= 1000.0
        return max(0.0, number - wall) if number > 1e9 else max(0.0, number)
    return None


def _looks_like_date(value: str) -> bool:
    try:
        return email.utils.parsedate_to_datetime(value) is not None
    except (TypeError, ValueError, IndexError):
        return False


@dataclass(frozen=True)
class CallOptions:
    """Per-client or per-call settings carried on each request.

    Attributes:
        retry: the retry policy.
        retry_unsafe: also retry non-idempotent requests (POST, PATCH) after they may have
            reached NP6 (5xx, read timeouts, dropped connections). Off by default.
    """

    retry: RetryPolicy = field(default_factory=RetryPolicy)
    retry_unsafe: bool = False

    def with_max_retries(self, max_retries: int) -> CallOptions:
        return replace(self, retry=replace(self.retry, max_retries=max_retries))


def _options(request: httpx.Request, default: CallOptions) -> CallOptions:
    options = request.extensions.get(OPTIONS_EXTENSION)
    return options if isinstance(options, CallOptions) else default


def _safe(request: httpx.Request, options: CallOptions) -> bool:
    """True when repeating the request cannot duplicate an effect."""
    return options.retry_unsafe or request.method.upper() in IDEMPOTENT_METHODS


def _not_sent(exc: httpx.TransportError) -> bool:
    """True when the request certainly never reached the server."""
    return isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))


class _Attempts:
    """The retry decisions of one request, shared by the sync and async transports."""

    def __init__(self, request: httpx.Request, options: CallOptions, clock: Callable[[], float]):
        self.request = request
        self.options = options
        self.policy = options.retry
        self.clock = clock
        self.started = clock()
        self.retries = 0
        # A body streamed from a file object cannot be sent a second time.
        self.replayable = isinstance(request.stream, httpx.ByteStream)

    def _within_budget(self, delay: float) -> bool:
        budget = self.policy.total_budget
        return budget is None or (self.clock() - self.started) + delay <= budget

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying this response, or None to return it."""
        if self.retries >= self.policy.max_retries or response.status_code not in self.policy.statuses:
            return None
        if not self.replayable:
            return None
        # A 429 is a refusal before any processing: safe to repeat for every method.
        if response.status_code != 429 and not _safe(self.request, self.options):
            return None
        announced = self.policy.announced_delay(response)
        if announced is not None and announced > self.policy.max_retry_after:
            return None
        delay = announced if announced is not None else self.policy.backoff(self.retries)
        return delay if self._within_budget(delay) else None

    def after_error(self, exc: httpx.TransportError) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to raise it."""
        if self.retries >= self.policy.max_retries:
            return None
        if not (_not_sent(exc) or (_safe(self.request, self.options) and self.replayable)):
            return None
        delay = self.policy.backoff(self.retries)
        return delay if self._within_budget(delay) else None

    def log(self, response: httpx.Response | None, error: BaseException | None = None) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        elapsed_ms = (self.clock() - self.started) * 1000.0
        status: object = response.status_code if response is not None else type(error).__name__
        request_id = response.headers.get("x-request-id", "-") if response is not None else "-"
        logger.debug(
            "%s %s -> %s request_id=%s elapsed_ms=%.0f retries=%d",
            self.request.method,
            self.request.url.path,
            status,
            request_id,
            elapsed_ms,
            self.retries,
        )


def _prepare(request: httpx.Request, api_key: str) -> None:
    request.headers["X-Key"] = api_key
    if request.method.upper() in ("POST", "PUT", "PATCH") and not (
        "content-length" in request.headers or "transfer-encoding" in request.headers
    ):
        # NP6 answers 411 to a write without Content-Length, even with no body.
        request.headers["Content-Length"] = "0"


def _connection_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    where = f"{request.method} {request.url.path}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{where} timed out ({type(exc).__name__})")
    return APIConnectionError(f"{where} failed: {type(exc).__name__}: {exc}")


class NP6Transport(httpx.BaseTransport):
    """Adds NP6 auth and retry policy on top of another httpx transport."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        api_key: str,
        options: CallOptions | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ):
        self._inner = inner
        self._api_key = api_key
        self._options = options or CallOptions()
        self._sleep = sleep
        self._clock = clock

    def __repr__(self) -> str:
        return f"{type(self).__name__}(inner={self._inner!r})"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _prepare(request, self._api_key)
        attempts = _Attempts(request, _options(request, self._options), self._clock)
        while True:
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError as exc:
                delay = attempts.after_error(exc)
                attempts.log(None, exc)
                if delay is None:
                    raise _connection_error(exc, request) from exc
            else:
                delay = attempts.after_response(response)
                attempts.log(response)
                if delay is None:
                    return response
                response.close()
            attempts.retries += 1
            self._sleep(delay)

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
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ):
        self._inner = inner
        self._api_key = api_key
        self._options = options or CallOptions()
        self._sleep = sleep
        self._clock = clock

    def __repr__(self) -> str:
        return f"{type(self).__name__}(inner={self._inner!r})"

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _prepare(request, self._api_key)
        attempts = _Attempts(request, _options(request, self._options), self._clock)
        while True:
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError as exc:
                delay = attempts.after_error(exc)
                attempts.log(None, exc)
                if delay is None:
                    raise _connection_error(exc, request) from exc
            else:
                delay = attempts.after_response(response)
                attempts.log(response)
                if delay is None:
                    return response
                await response.aclose()
            attempts.retries += 1
            await self._sleep(delay)

    async def aclose(self) -> None:
        await self._inner.aclose()
