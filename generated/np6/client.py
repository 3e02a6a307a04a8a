"""The np6 client: configuration and the single entry point of every request.

Where things live:

* auth (``X-Key``), retries, ``Content-Length`` and request logging: ``_transport.py``;
* exceptions and the status-to-exception mapping: ``errors.py``;
* decoding a response into models (and its errors): :meth:`Client.decode` below;
* one module per operation under ``api/<tag>/``; models under ``models/``.
"""

from __future__ import annotations

import asyncio
import enum
import math
import os
import platform
import ssl
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, Final, Self, TypeVar

import httpx
import msgspec

from . import _validation, errors
from ._operations import Operation, ad_hoc
from ._resources import RESOURCE_NAMES, AsyncResources, SyncResources
from ._transport import (
    OPERATION_EXTENSION,
    OPTIONS_EXTENSION,
    AsyncNP6Transport,
    CallOptions,
    Clock,
    NP6Transport,
    RetryPolicy,
)
from ._version import DEFAULT_BASE_URL, __version__

#: Connect quickly or fail; NP6 may take a while to answer large event queries.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=60.0, write=60.0, pool=10.0)
API_KEY_ENV = "NP6_API_KEY"
BASE_URL_ENV = "NP6_BASE_URL"

T = TypeVar("T")


class _Keep(enum.Enum):
    """Marker of an argument of :meth:`Client.with_options` left as it is."""

    KEEP = "keep"


KEEP: Final = _Keep.KEEP

TimeoutArg = float | httpx.Timeout | None


def _check_seconds(name: str, value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise errors.ConfigurationError(f"{name} must be a number of seconds >= 0 (or None), got {value!r}")


def _timeout(timeout: TimeoutArg, connect: float | None, read: float | None) -> httpx.Timeout | None:
    """An httpx.Timeout from a number or Timeout, with connect/read overridden when given."""
    _check_seconds("connect_timeout", connect)
    _check_seconds("read_timeout", read)
    if isinstance(timeout, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            _check_seconds(f"timeout.{phase}", getattr(timeout, phase))
    elif timeout is not None:
        _check_seconds("timeout", timeout)
    if timeout is None and connect is None and read is None:
        return None
    base = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    if connect is None and read is None:
        return base
    return httpx.Timeout(
        connect=base.connect if connect is None else connect,
        read=base.read if read is None else read,
        write=base.write,
        pool=base.pool,
    )


class BaseClient:
    """What :class:`Client` and :class:`AsyncClient` share: configuration, transports, requests.

    Every generated operation function takes one (``client=``).

    Args:
        api_key: the account's API key, sent in the ``X-Key`` header. Defaults to the
            ``NP6_API_KEY`` environment variable; :class:`errors.MissingAPIKeyError` without either.
        base_url: defaults to ``NP6_BASE_URL``, else the spec's server (``DEFAULT_BASE_URL``).
        timeout: seconds (every phase), or an ``httpx.Timeout``. Default: 5 s to connect, 60 s
            to read (and write), 10 s to get a pooled connection. None: no timeout.
        connect_timeout / read_timeout: override those two phases of ``timeout``.
        max_retries: retries of failed requests (default 2); see ``retry``.
        retry: the full :class:`RetryPolicy` (backoff, Retry-After ceiling, total time budget);
            ``max_retries`` overrides its count when given too.
        retry_unsafe: also retry POST/PATCH and sends after they may have reached NP6. Off by
            default: a repeated send can email a person twice.
        headers: extra headers sent with every request.
        transport / async_transport: the httpx transports under the NP6 policy (for tests,
            proxies or connection limits). A ``transport`` that is also an
            ``httpx.AsyncBaseTransport`` (``np6.testing.OfflineNP6``, ``httpx.MockTransport``)
            serves the async requests too, unless ``async_transport`` is given.
        verify_ssl, follow_redirects, httpx_args: passed to the httpx clients.
        clock: the time sources of the retry loop (tests replace them to avoid real waits).

    Use it as a context manager (``with Client() as np6:``) or call :meth:`close`.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutArg = DEFAULT_TIMEOUT,
        connect_timeout: float | None = None,
        read_timeout: float | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        retry_unsafe: bool = False,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: Mapping[str, Any] | None = None,
        clock: Clock | None = None,
    ) -> None:
        if api_key is not None and not isinstance(api_key, str):
            raise errors.ConfigurationError(f"api_key must be a str, got {type(api_key).__name__}")
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if not key:
            raise errors.MissingAPIKeyError(
                f"No NP6 API key: pass api_key=... to {type(self).__name__}() "
                f"or set the {API_KEY_ENV} environment variable."
            )
        _check_key(key, "api_key" if api_key is not None else f"the {API_KEY_ENV} environment variable")
        self._api_key = key
        if base_url is not None:
            self.base_url = _check_base_url(base_url, "base_url")
        elif os.environ.get(BASE_URL_ENV):
            self.base_url = _check_base_url(os.environ[BASE_URL_ENV], f"the {BASE_URL_ENV} environment variable")
        else:
            self.base_url = DEFAULT_BASE_URL.rstrip("/")
        self.timeout = _timeout(timeout, connect_timeout, read_timeout)
        policy = retry if retry is not None else RetryPolicy()
        if max_retries is not None:
            _check_retries(max_retries)
            policy = replace(policy, max_retries=max_retries)
        self.options = CallOptions(retry=policy, retry_unsafe=retry_unsafe)
        self._clock = clock
        self._headers = {"User-Agent": USER_AGENT, **_check_client_headers(headers or {})}
        self._extra_headers: dict[str, str] = {}
        self._extra_query: dict[str, str | int | float | bool] = {}
        self._transport = transport
        self._async_transport = async_transport
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = dict(httpx_args or {})
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None
        self._async_loop: asyncio.AbstractEventLoop | None = None
        # Per-call copies (with_options) share the connection pools of their parent.
        self._parent: BaseClient | None = None

    def __repr__(self) -> str:
        url = httpx.URL(self.base_url)
        shown = str(url.copy_with(username=None, password=None)) if url.userinfo else self.base_url
        return f"{type(self).__name__}(base_url={shown!r}, api_key='***')"

    # -- configuration -------------------------------------------------------------------

    def with_options(
        self,
        *,
        timeout: TimeoutArg | _Keep = KEEP,
        connect_timeout: float | None = None,
        read_timeout: float | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        retry_unsafe: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Self:
        """A copy of this client with other per-call settings, sharing its connections.

        ``client.with_options(max_retries=0)``, ``client.with_options(read_timeout=300)``,
        ``client.with_options(retry=RetryPolicy(total_budget=30))``,
        ``client.with_options(retry_unsafe=True)`` (you accept that a send may be repeated),
        ``client.with_options(extra_headers={"X-Correlation-Id": "..."})``,
        ``client.with_options(extra_query={"debug": "1"})``. Extra headers and query parameters
        are added to every request of the copy; they never replace what the operation sets itself
        (its parameters, its ``Content-Type``), and the key and the framing headers are refused.
        Arguments left out keep this client's values (extra headers and query add to its own).
        """
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        for name in RESOURCE_NAMES:  # resources bound to this client: the copy makes its own
            clone.__dict__.pop(name, None)
        clone._parent = self._root()
        base = self.timeout if isinstance(timeout, _Keep) else timeout
        clone.timeout = _timeout(base, connect_timeout, read_timeout)
        options = self.options
        if retry is not None:
            options = replace(options, retry=retry)
        if max_retries is not None:
            _check_retries(max_retries)
            options = options.with_max_retries(max_retries)
        if retry_unsafe is not None:
            options = replace(options, retry_unsafe=retry_unsafe)
        clone.options = options
        if extra_headers:
            clone._extra_headers = {**self._extra_headers, **_check_extra_headers(extra_headers)}
        if extra_query:
            clone._extra_query = {**self._extra_query, **_check_extra_query(extra_query)}
        return clone

    def _root(self) -> BaseClient:
        return self._parent if self._parent is not None else self

    # -- httpx clients -------------------------------------------------------------------

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client`` (with the NP6 transport), created on first use."""
        root = self._root()
        if root._client is None:
            inner = root._transport or httpx.HTTPTransport(verify=root._verify_ssl)
            root._client = httpx.Client(
                base_url=root.base_url,
                headers=root._headers,
                timeout=root.timeout,
                follow_redirects=root._follow_redirects,
                transport=NP6Transport(
                    inner, api_key=root._api_key, options=root.options, clock=root._clock, origin=root.base_url
                ),
                **root._httpx_args,
            )
        return root._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient`` (with the NP6 transport), created on first use.

        An async client belongs to the event loop it was first used in: used from another loop
        (a second ``asyncio.run``), the client makes a new one, as the old loop's connections
        cannot serve it.
        """
        root = self._root()
        loop = _running_loop()
        if root._async_client is not None and loop is not None and root._async_loop not in (None, loop):
            root._async_client = None  # its connections belong to another (most likely closed) loop
        if root._async_client is None:
            root._async_loop = loop
            inner = (
                root._async_transport
                or _async_twin(root._transport)
                or httpx.AsyncHTTPTransport(verify=root._verify_ssl)
            )
            root._async_client = httpx.AsyncClient(
                base_url=root.base_url,
                headers=root._headers,
                timeout=root.timeout,
                follow_redirects=root._follow_redirects,
                transport=AsyncNP6Transport(
                    inner, api_key=root._api_key, options=root.options, clock=root._clock, origin=root.base_url
                ),
                **root._httpx_args,
            )
        return root._async_client

    def close(self) -> None:
        root = self._root()
        if root._client is not None:
            root._client.close()
            root._client = None

    async def aclose(self) -> None:
        root = self._root()
        if root._async_client is not None:
            await root._async_client.aclose()
            root._async_client = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

    # -- the request path (every generated operation calls these) ------------------------

    def _request_kwargs(self, kwargs: dict[str, Any], operation: Operation | str | None = None) -> dict[str, Any]:
        extensions = dict(kwargs.pop("extensions", None) or {})
        extensions[OPTIONS_EXTENSION] = self.options
        facts = _operation(operation, str(kwargs.get("method", "GET")))
        extensions[OPERATION_EXTENSION] = facts
        headers = kwargs.get("headers")
        if headers:
            # Header parameters are checked before anything is sent (line breaks, non-ASCII...).
            _validation.check_headers(facts.id, dict(headers).items())
        if self._extra_headers:  # the operation's own headers win
            kwargs["headers"] = {**self._extra_headers, **dict(headers or {})}
        if self._extra_query:  # the operation's own parameters win
            kwargs["params"] = {**self._extra_query, **dict(kwargs.get("params") or {})}
        return {**kwargs, "extensions": extensions, "timeout": self.timeout}

    def request(self, *, operation: Operation | str | None = None, **kwargs: Any) -> httpx.Response:
        """Send one request (``method``, ``url``, ``params``, ``json``/``content``, ``headers``).

        ``operation`` is the calling operation's :class:`np6._operations.Operation` (generated
        operations pass theirs: it tells the transport whether the request may be repeated and
        whether it carries the key), or a name for a request of your own, judged by its method.
        Every failure is an :class:`errors.NP6Error`: the transport turns network failures into
        :class:`errors.APIConnectionError`, and so does this method for what httpx refuses
        before sending.
        """
        prepared = self._request_kwargs(kwargs, operation)
        try:
            return self.get_httpx_client().request(**prepared)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise _unsent_error(exc, prepared, _name(operation)) from exc

    async def arequest(self, *, operation: Operation | str | None = None, **kwargs: Any) -> httpx.Response:
        """Async :meth:`request`."""
        prepared = self._request_kwargs(kwargs, operation)
        try:
            return await self.get_async_httpx_client().request(**prepared)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise _unsent_error(exc, prepared, _name(operation)) from exc

    @staticmethod
    def decode(response: httpx.Response, operation: str, parse: Callable[[httpx.Response], T]) -> T:
        """Raise the typed error of a non-2xx response, else parse it (DecodeError on failure)."""
        errors.raise_for_status(response, operation)
        try:
            return parse(response)
        except errors.NP6Error:
            raise
        except (
            msgspec.DecodeError,
            ValueError,
            TypeError,
            KeyError,
            AttributeError,
            IndexError,
            RecursionError,
        ) as exc:
            raise errors.DecodeError(
                operation,
                response.content if _body_size(response) else b"",
                exc,
                status_code=response.status_code,
                request_id=response.headers.get("x-request-id"),
                redact=errors.redactor(response),
            ) from exc


def _async_twin(transport: httpx.BaseTransport | None) -> httpx.AsyncBaseTransport | None:
    """The sync transport given, when it serves async requests too (one offline NP6 for both)."""
    return transport if isinstance(transport, httpx.AsyncBaseTransport) else None


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _check_retries(value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise errors.ConfigurationError(f"max_retries must be an int >= 0, got {value!r}")


#: Sent with every request: this package, its version, and what it runs on.
USER_AGENT = (
    f"np6-client/{__version__} (python/{platform.python_version()}; httpx/{httpx.__version__}; "
    f"{platform.system() or 'unknown'})"
)


def _check_extra_headers(headers: Mapping[str, str]) -> dict[str, str]:
    checked = _check_client_headers(headers)
    for name in checked:
        if name.lower() in ("content-type", "user-agent"):
            raise errors.ConfigurationError(f"extra_headers: {name!r} is the operation's or the client's own")
    return checked


def _check_extra_query(query: Mapping[str, str | int | float | bool]) -> dict[str, str | int | float | bool]:
    for name, value in query.items():
        if not isinstance(name, str) or not name:
            raise errors.ConfigurationError(f"extra_query: parameter names are non-empty strings, got {name!r}")
        if not isinstance(value, (str, int, float, bool)):
            raise errors.ConfigurationError(
                f"extra_query: {name!r} must be a str, int, float or bool, got {type(value).__name__}"
            )
    return dict(query)


#: Headers the client and httpx own: a value of the caller's would break the request framing.
RESERVED_HEADERS = frozenset({"content-length", "transfer-encoding", "host", "connection", "x-key"})


def _operation(operation: Operation | str | None, method: str) -> Operation:
    """The facts a request carries: the operation's own, or those of its method."""
    if isinstance(operation, Operation):
        return operation
    facts = ad_hoc(method)
    return facts if operation is None else replace(facts, id=operation)


def _name(operation: Operation | str | None) -> str | None:
    return None if operation is None else str(operation)


def _check_key(key: str, source: str) -> None:
    """Refuse a key that cannot be sent as it is; the message never shows the key."""
    if not key.strip():
        raise errors.ConfigurationError(f"the NP6 API key ({source}) is blank")
    for index, char in enumerate(key):
        if char in "\r\n":
            raise errors.ConfigurationError(
                f"the NP6 API key ({source}) has a line break at position {index} of {len(key)} "
                "(as when it is read from a file): strip it"
            )
        if not "!" <= char <= "~":
            raise errors.ConfigurationError(
                f"the NP6 API key ({source}) has a space, a control character or a non-ASCII character "
                f"at position {index} of {len(key)}: an NP6 key is printable ASCII"
            )


def _check_base_url(value: str, source: str) -> str:
    """The base URL without its trailing slash, or ConfigurationError when it is not http(s)."""
    example = f"such as {DEFAULT_BASE_URL!r}"
    if any(char.isspace() or not char.isprintable() for char in value):
        raise errors.ConfigurationError(f"{source} has white space or a control character: {value!r}")
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError) as exc:
        raise errors.ConfigurationError(f"{source} is not a URL ({value!r}): {exc}; give one {example}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise errors.ConfigurationError(f"{source} must be an http(s) URL {example}, got {value!r}")
    if url.query or url.fragment:
        raise errors.ConfigurationError(f"{source} must not have a query or a fragment, got {value!r}")
    return str(url).rstrip("/")


def _check_client_headers(headers: Mapping[str, str]) -> dict[str, str]:
    checked: dict[str, str] = {}
    for name, value in headers.items():
        problem = _validation.header_problem(name, value)
        if problem is not None:
            label = f"header name {name!r}" if "name" in problem else f"header {name!r}"
            raise errors.ConfigurationError(f"headers: {label} {problem}")
        if name.lower() == "x-key":
            raise errors.ConfigurationError("headers: pass the key as api_key=..., not as an X-Key header")
        if name.lower() in RESERVED_HEADERS:
            raise errors.ConfigurationError(f"headers: {name!r} is set by the client for each request, not by you")
        checked[name] = value
    return checked


def _unsent_error(
    exc: httpx.HTTPError | httpx.InvalidURL, prepared: dict[str, Any], operation: str | None
) -> errors.APIConnectionError:
    """An httpx error the transport did not see (httpx refused the request before sending it)."""
    method = str(prepared.get("method", "")).upper()
    try:
        path: str | None = errors.wire_path(exc.request) if isinstance(exc, httpx.HTTPError) else None
    except RuntimeError:
        path = None
    where = f"{method} {path or prepared.get('url', '')!s}".strip()
    label = f" ({operation})" if operation else ""
    redirects = isinstance(exc, httpx.TooManyRedirects)
    return errors.APIConnectionError(
        f"{where}{label} failed before NP6 answered ({type(exc).__name__})",
        method=method or None,
        path=path,
        operation=operation,
        sent=redirects,
    )


def _body_size(response: httpx.Response) -> int:
    """Size of a read body (0 for a streamed body not read into memory)."""
    try:
        return len(response.content)
    except httpx.ResponseNotRead:
        return 0


class Client(SyncResources, BaseClient):
    """A client of the NP6 CM API: every operation as ``client.<resource>.<method>(...)``.

    ``client.segments.list()``, ``client.actions.send_message(...)``,
    ``client.events.actions.poll_all(start=...)``; each method's docstring names its NP6
    operation (``METHOD /path``). The module functions (``np6.api.segment.list_segments.sync``)
    take this client too. Configuration: see :class:`BaseClient`'s arguments (``api_key``,
    ``base_url``, timeouts, retries, ``headers``...). Use it as a context manager
    (``with Client() as np6:``) or call :meth:`close`.
    """

    def _base(self) -> BaseClient:
        return self


class AsyncClient(AsyncResources, BaseClient):
    """The async client: the same resources as :class:`Client`, awaited
    (``await client.segments.list()``); streams and polls are ``async with`` / ``async for``.
    Use it as ``async with AsyncClient() as np6:`` (or call :meth:`aclose`)."""

    def _base(self) -> BaseClient:
        return self


#: Compatibility with the stock openapi-python-client names.
AuthenticatedClient = Client

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "KEEP",
    "AsyncClient",
    "AuthenticatedClient",
    "BaseClient",
    "Client",
    "Clock",
    "RetryPolicy",
]
