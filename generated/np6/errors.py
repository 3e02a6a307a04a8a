"""The exceptions of the np6 client: one hierarchy under :class:`NP6Error`.

* :class:`APIStatusError` and its subclasses: NP6 answered with a non-2xx status. Each carries
  ``status_code``, ``headers``, ``request_id`` (NP6's ``x-request-id``: quote it to NP6 support,
  it is often the only detail of an empty 4xx), ``method``, ``path`` and a truncated ``body``.
* :class:`APIConnectionError` / :class:`APITimeoutError`: no usable answer came back.
* :class:`DecodeError`: a 2xx answer did not match the operation's documented shape.
* :class:`ConfigurationError`: the client was made with a setting it cannot work with (a base
  URL that is not an http(s) URL, a key with a line break, an illegal header);
  :class:`MissingAPIKeyError`: no key was given nor found in ``NP6_API_KEY``.
* :class:`RequestValidationError` / :class:`BodyTypeError` (and their subclasses): a request
  was refused before anything was sent (``sent`` is False).

Messages never include request headers, so the ``X-Key`` never appears in them; paths are
printed as they went on the wire (percent-encoded), so no value can forge a line of a log.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

import httpx

from ._headers import announced_delay

BODY_LIMIT = 500


#: The response extension the transport sets: a function removing the key from text (echoed
#: by a server in an error body, say), used by every error that shows a body.
REDACT_EXTENSION = "np6_redact"


def redactor(response: httpx.Response | None) -> Callable[[str], str]:
    """The function that removes the key from text about ``response`` (identity if none)."""
    found = None if response is None else response.extensions.get(REDACT_EXTENSION)
    return found if callable(found) else _same


def _same(text: str) -> str:
    return text


def _snippet(content: bytes, limit: int = BODY_LIMIT, redact: Callable[[str], str] = _same) -> str:
    text = redact(content[: limit * 2].decode("utf-8", errors="replace"))
    return text if len(text) <= limit else text[:limit] + "..."


class NP6Error(Exception):
    """Base of every error raised by the client."""


class ConfigurationError(NP6Error, ValueError):
    """A setting of the client cannot work (raised when the client is made, before any request)."""


class MissingAPIKeyError(ConfigurationError):
    """No API key: pass ``api_key=`` to the client or set ``NP6_API_KEY``."""


def wire_path(request: httpx.Request) -> str:
    """The request's path as it went on the wire: percent-encoded, without the query."""
    return request.url.raw_path.split(b"?", 1)[0].decode("ascii", errors="replace")


class APIConnectionError(NP6Error):
    """The request failed without a response (connection refused, reset, DNS...), after retries.

    Attributes: ``method``, ``path`` (percent-encoded, as sent), ``operation`` (when known),
    ``retries`` (how many times it was retried before giving up), ``sent`` (False when the
    request certainly never reached NP6; True when it may have). The httpx exception is the
    ``__cause__``.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        path: str | None = None,
        operation: str | None = None,
        retries: int = 0,
        sent: bool = True,
    ):
        self.method = method
        self.path = path
        self.operation = operation
        self.retries = retries
        self.sent = sent
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout, or the retry budget)."""


class APIStatusError(NP6Error):
    """NP6 answered with a status outside 2xx."""

    def __init__(self, response: httpx.Response, *, operation: str | None = None):
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.request_id: str | None = response.headers.get("x-request-id")
        self.operation = operation
        try:
            request = response.request
            self.method: str | None = request.method
            self.path: str | None = wire_path(request)
        except RuntimeError:
            self.method = self.path = None
        read = response.is_stream_consumed or response.is_closed
        self.body = _snippet(response.content, redact=redactor(response)) if read else ""
        super().__init__(self._message())

    def _message(self) -> str:
        reason = self.response.reason_phrase or ""
        parts = [f"{self.status_code} {reason}".strip()]
        if self.method and self.path:
            parts.append(f"from {self.method} {self.path}")
        if self.operation:
            parts.append(f"({self.operation})")
        text = " ".join(parts)
        text += f"; request id: {self.request_id or 'none'}"
        text += f"; body: {self.body!r}" if self.body else "; empty body"
        return text

    def json(self) -> Any:
        """The decoded error body (NP6's problem details), or None if it is not JSON."""
        try:
            return self.response.json()
        except ValueError:
            return None


class BadRequestError(APIStatusError):
    """400: the request is malformed or a value is invalid."""


class AuthenticationError(APIStatusError):
    """401: the X-Key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not perform this operation."""


class NotFoundError(APIStatusError):
    """404: no such resource on this account."""


class ConflictError(APIStatusError):
    """409: the resource's state refuses the operation (e.g. an action not validated twice)."""


class LengthRequiredError(APIStatusError):
    """411: a write was sent without Content-Length."""


class UnsupportedMediaTypeError(APIStatusError):
    """415: wrong Content-Type (sends need application/vnd.np6.cm.email or .sms)."""


class RequestTimeoutError(APIStatusError):
    """408: NP6 gave up waiting for the request (retried for idempotent requests)."""


class UnprocessableEntityError(APIStatusError):
    """422: the body is well-formed but refused."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is the announced wait in seconds, if any."""

    def __init__(self, response: httpx.Response, *, operation: str | None = None):
        self.retry_after: float | None = announced_delay(response.headers)
        self.limit = _int_header(response, "x-ratelimit-limit")
        self.remaining = _int_header(response, "x-ratelimit-remaining")
        self.reset = _int_header(response, "x-ratelimit-reset")
        super().__init__(response, operation=operation)
        if self.retry_after is not None:
            self.args = (f"{self.args[0]}; NP6 asks to wait {self.retry_after:.0f} s before asking again",)


class InternalServerError(APIStatusError):
    """5xx: NP6 failed. 502/503/504 are retried for idempotent requests, never for sends."""


#: The class of every 5xx status (``InternalServerError`` is the historical name).
ServerError = InternalServerError


def _int_header(response: httpx.Response, name: str) -> int | None:
    value = response.headers.get(name)
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None


class UnexpectedStatus(APIStatusError):
    """A status outside 2xx that has no more specific class."""


class DecodeError(NP6Error):
    """A successful response could not be decoded into the operation's model.

    Attributes: ``operation``, ``snippet`` (the start of the body), ``cause`` (the underlying
    exception, also ``__cause__``), ``status_code`` and ``request_id`` when known.
    """

    def __init__(
        self,
        operation: str,
        content: bytes,
        cause: BaseException,
        *,
        status_code: int | None = None,
        request_id: str | None = None,
        redact: Callable[[str], str] | None = None,
    ):
        clean = redact or _same
        self.operation = operation
        self.snippet = _snippet(content, 200, clean)
        self.cause = cause
        self.status_code = status_code
        self.request_id = request_id
        where = f"{operation} ({status_code}, request id: {request_id or 'none'})" if status_code else operation
        super().__init__(
            f"cannot decode the response of {where}: {type(cause).__name__}: {clean(_short(cause))}; "
            f"received {len(content)} bytes: {self.snippet!r}"
        )


#: The phases of ``Client.validate_for_sending``.
Phase = Literal["test", "waiting", "production"]


class ValidationPhaseError(NP6Error):
    """A phase of :func:`validate_for_sending` failed.

    Attributes:
        action_id: the action.
        phase: ``"test"`` (NP6 refused the test validation, or the test failed: the action went
            back to CREATED), ``"waiting"`` (the deadline passed before NP6 finished the test)
            or ``"production"`` (NP6 refused the production validation).
        state: the action's last state seen (None if NP6 did not say).
        request_id: NP6's ``x-request-id`` of the refusal, when a request was refused.
    """

    def __init__(
        self, action_id: str, phase: Phase, message: str, *, state: object | None, request_id: str | None = None
    ):
        self.action_id = action_id
        self.phase = phase
        self.state = state
        self.request_id = request_id
        rid = f"; request id: {request_id}" if request_id else ""
        super().__init__(f"{action_id}: the {phase} phase failed: {message}{rid}")


def _short(cause: BaseException, limit: int = 200) -> str:
    text = str(cause)
    return text if len(text) <= limit else text[:limit] + "..."


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    409: ConflictError,
    411: LengthRequiredError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_for(response: httpx.Response, operation: str | None = None) -> APIStatusError:
    """The exception matching a non-2xx response (its body should already be read)."""
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else UnexpectedStatus
    return cls(response, operation=operation)


def raise_for_status(response: httpx.Response, operation: str | None = None) -> None:
    """Raise the matching :class:`APIStatusError` unless the status is 2xx."""
    if not 200 <= response.status_code < 300:
        raise error_for(response, operation)


# Checks made on a request before it is sent live next to the code that makes them
# (_validation.py); they are part of this hierarchy and exported from here too.
from ._validation import (  # noqa: E402
    ArgumentTypeError,
    BodyTypeError,
    InvalidContentTypeError,
    InvalidHeaderError,
    InvalidPathParameterError,
    RequestValidationError,
    TooFewItemsError,
    TooManyItemsError,
)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentTypeError",
    "AuthenticationError",
    "BadRequestError",
    "BodyTypeError",
    "ConfigurationError",
    "ConflictError",
    "DecodeError",
    "InternalServerError",
    "InvalidContentTypeError",
    "InvalidHeaderError",
    "InvalidPathParameterError",
    "LengthRequiredError",
    "MissingAPIKeyError",
    "NP6Error",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "RequestValidationError",
    "ServerError",
    "TooFewItemsError",
    "TooManyItemsError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "ValidationPhaseError",
    "error_for",
    "raise_for_status",
    "wire_path",
]
