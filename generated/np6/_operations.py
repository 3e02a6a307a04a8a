"""What the spec says of each operation, as the runtime reads it.

Every generated operation module defines ``OPERATION = Operation(...)``, computed once from the
spec by the generator, and passes it to :meth:`np6.Client.request`; it rides on the request (as
the ``np6_operation`` extension) to the one place that acts on it, the transport
(``_transport.py``): no policy looks at paths or guesses from names.

* ``idempotent``: False for an operation that must never be repeated once it may have reached
  NP6 (every send: the spec's ``x-np6-idempotent: false``; and, by default, POST and PATCH);
* ``authenticated``: False when the spec serves it without a key (``security: []``);
* ``window``: the query parameters that form its event time window, for ``poll()``;
* ``media_types``: the request media types it documents (the first is the default).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Methods whose repetition has no further effect (RFC 9110), unless the spec says otherwise.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


@dataclass(frozen=True, slots=True)
class Window:
    """The query parameters (NP6 spellings) of an event operation's time window."""

    start: str
    end: str
    #: The parameter that orders the events (given ``asc`` when polling), if any.
    order: str | None = None


@dataclass(frozen=True, slots=True)
class Operation:
    """The facts of one NP6 operation (see the module docstring).

    Attributes:
        id: the operation's Python name (its module and function name), e.g. ``list_segments``.
        method: the HTTP method, upper case.
        path: the path template as the spec writes it, e.g. ``/segments/{id}``.
        idempotent: False when a repeat could duplicate an effect (a message sent twice).
        authenticated: False when NP6 serves it without the ``X-Key``.
        window: its event time window, for operations that can be polled.
        media_types: the request media types it documents (empty without a body).
    """

    id: str
    method: str
    path: str
    idempotent: bool
    authenticated: bool = True
    window: Window | None = None
    media_types: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.id


def ad_hoc(method: str) -> Operation:
    """The facts assumed for a request that names no operation (``Client.request`` called directly)."""
    upper = method.upper()
    return Operation("request", upper, "", idempotent=upper in IDEMPOTENT_METHODS)


__all__ = ["IDEMPOTENT_METHODS", "Operation", "Window", "ad_hoc"]
