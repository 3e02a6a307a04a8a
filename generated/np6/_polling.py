"""Resumable polling of the event endpoints: every event once, in order, across time windows.

NP6 has no webhooks: events (bounces, hits, ...) are read back with ``start``/``end`` queries.
Every event operation that takes a time window and ``sort`` has a ``poll(...)`` function that
returns a :class:`Poller`. It walks windows of ``window`` length from a start (or a saved
:class:`Cursor`) up to ``safety_margin`` before now (events land late at NP6), asks for each
with ``sort=asc`` and streams it (flat memory). The cursor is the timestamp of the last event
delivered plus the ids delivered at that very timestamp, so windows that overlap (or a resume
in the middle of a millisecond) never deliver an event twice, and the saved cursor is all a
process needs to pick up where it stopped::

    from np6.api.email_sms_events import list_all_action_events

    poller = list_all_action_events.poll(
        client=client,
        cursor=load(),  # the cursor JSON saved last time (or a Cursor), or None
        start=datetime(2026, 1, 1, tzinfo=UTC),  # where to begin when there is no cursor
    )
    for event in poller:  # ends once caught up with (now at the start of the loop) - safety_margin
        handle(event)
        save(poller.cursor.to_json())

``async for`` works the same way; :meth:`Poller.follow` / :meth:`Poller.afollow` keep polling
forever with a pause between catch-ups. Windows are half-open, ``[start, end)``, as NP6 filters
them (``timestamp >= start`` and ``timestamp < end``); timestamps are milliseconds since the epoch.
"""

from __future__ import annotations

import asyncio
import datetime
import hashlib
import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeAlias, TypeVar

from . import errors
from ._operations import Operation
from ._streaming import aiter_raw, decode_item, iter_raw
from ._validation import RequestValidationError
from .client import BaseClient

T = TypeVar("T")
logger = logging.getLogger("np6")

#: A point in time: an aware ``datetime`` (a naive one is taken as UTC) or milliseconds since the epoch.
Moment: TypeAlias = datetime.datetime | int
#: A duration: a ``timedelta`` or a number of seconds.
Duration: TypeAlias = datetime.timedelta | float

DEFAULT_WINDOW = datetime.timedelta(hours=1)
DEFAULT_SAFETY_MARGIN = datetime.timedelta(minutes=5)
CURSOR_VERSION = 1


def to_ms(moment: Moment) -> int:
    """Milliseconds since the epoch of a datetime (naive = UTC) or of an int already in ms."""
    if isinstance(moment, datetime.datetime):
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=datetime.UTC)
        delta = moment - datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
        return delta // datetime.timedelta(milliseconds=1)
    if isinstance(moment, bool) or not isinstance(moment, int):
        raise TypeError(f"expected a datetime or milliseconds since the epoch, got {type(moment).__name__}")
    return moment


def _moment(operation: str, name: str, value: object) -> int:
    """``to_ms`` for an argument, refusing what is neither a datetime nor an int (a str date...)."""
    if isinstance(value, bool) or not isinstance(value, (datetime.datetime, int)):
        raise RequestValidationError(
            operation, f"{name} must be a datetime or milliseconds since the epoch, got {type(value).__name__}"
        )
    return to_ms(value)


def from_ms(ms: int) -> datetime.datetime:
    """The aware UTC datetime of milliseconds since the epoch."""
    return datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC) + datetime.timedelta(milliseconds=ms)


def iso(ms: int) -> str:
    """RFC 3339 text (UTC, millisecond precision) of milliseconds since the epoch."""
    return from_ms(ms).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _duration_ms(value: Duration) -> int:
    seconds = value.total_seconds() if isinstance(value, datetime.timedelta) else float(value)
    return round(seconds * 1000)


class InvalidCursorError(errors.NP6Error, ValueError):
    """A saved cursor cannot be read (not the JSON of :meth:`Cursor.to_json`, or another version)."""


@dataclass(frozen=True)
class Cursor:
    """Where a poll stands: every event before ``timestamp`` was delivered, and so were the
    events at exactly ``timestamp`` whose ids are in ``ids``.

    Save it with :meth:`to_json` (after handling each event, or each batch) and resume with
    :meth:`from_json`.
    """

    timestamp: int
    ids: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def at(cls, moment: Moment) -> Cursor:
        """A cursor before every event at or after ``moment``."""
        return cls(to_ms(moment))

    def seen(self, timestamp: int, event_id: str) -> bool:
        """True if the event at ``timestamp`` with ``event_id`` is already behind this cursor."""
        return timestamp < self.timestamp or (timestamp == self.timestamp and event_id in self.ids)

    def advance(self, timestamp: int, event_id: str) -> Cursor:
        """The cursor after delivering this event (events come in timestamp order)."""
        if timestamp == self.timestamp:
            return Cursor(timestamp, self.ids | {event_id})
        return Cursor(timestamp, frozenset({event_id}))

    @property
    def time(self) -> datetime.datetime:
        """``timestamp`` as an aware UTC datetime."""
        return from_ms(self.timestamp)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": CURSOR_VERSION,
            "timestamp": self.timestamp,
            "time": iso(self.timestamp),
            "ids": sorted(self.ids),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Cursor:
        """The cursor of :meth:`to_dict`'s output; :class:`InvalidCursorError` for anything else."""
        if not isinstance(data, dict):
            raise InvalidCursorError(f"a cursor is a JSON object, got {type(data).__name__}")
        version = data.get("version", CURSOR_VERSION)
        if version != CURSOR_VERSION:
            raise InvalidCursorError(f"unsupported cursor version {version!r} (this client reads {CURSOR_VERSION})")
        if "timestamp" not in data:
            raise InvalidCursorError("a cursor has a 'timestamp' (ms since the epoch)")
        timestamp = data["timestamp"]
        ids = data.get("ids", [])
        if isinstance(timestamp, bool) or not isinstance(timestamp, int):
            raise InvalidCursorError(f"cursor timestamp must be an integer (ms since the epoch), got {timestamp!r}")
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise InvalidCursorError("cursor ids must be a list of strings")
        return cls(timestamp, frozenset(ids))

    def to_json(self) -> str:
        """Compact JSON text of this cursor (stable: the ids are sorted)."""
        return json.dumps(self.to_dict(), separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | bytes) -> Cursor:
        """The cursor of :meth:`to_json`'s text; :class:`InvalidCursorError` for anything else."""
        try:
            data = json.loads(text)
        except (ValueError, TypeError) as exc:
            raise InvalidCursorError(f"a cursor is the JSON text of Cursor.to_json(): {exc}") from None
        return cls.from_dict(data)


#: What :func:`_event_key` returns for an item the cursor cannot place (no usable timestamp).
UNPLACED = (-1, "")
#: The key of an event that came out of order: delivered without moving the cursor.
_LATE = (-2, "")


def _event_key(raw: Any) -> tuple[int, str]:
    """(timestamp in ms, id) of a raw event; the id falls back to a digest of the event.

    An item without a usable timestamp (not an object, no ``timestamp``, an unreadable one) is
    :data:`UNPLACED`: it is delivered (decoded, most likely as an ``UnknownVariant``) but does
    not move the cursor, so one odd item never stops a poll.
    """
    if not isinstance(raw, dict):
        return UNPLACED
    stamp = raw.get("timestamp")
    if isinstance(stamp, bool) or not isinstance(stamp, (int, float, str)):
        return UNPLACED
    if isinstance(stamp, str):
        try:
            timestamp = to_ms(datetime.datetime.fromisoformat(stamp))
        except ValueError:
            return UNPLACED
    else:
        timestamp = int(stamp)
    event_id = raw.get("id")
    if not isinstance(event_id, (str, int)) or isinstance(event_id, bool):
        canonical = json.dumps(raw, sort_keys=True, separators=(",", ":"), default=str)
        event_id = "sha1:" + hashlib.sha1(canonical.encode(), usedforsecurity=False).hexdigest()
    return timestamp, str(event_id)


class Poller(Generic[T]):
    """Iterate (``for``/``async for``) to receive every event not yet delivered, in order.

    Built by an operation's ``poll(...)``; the arguments below are the same there.

    Args:
        cursor: resume after this cursor (a :class:`Cursor` or its JSON text); it takes
            precedence over ``start``.
        start: where to begin without a cursor. One of ``cursor`` and ``start`` is required.
        until: stop at this moment instead of "now - safety_margin" (for backfills).
        window: length of each request's time window (default 1 hour).
        safety_margin: how far behind now to stay, so late events are not skipped (default 5 min).
        max_items: if NP6 caps the number of events per answer, that cap: a window answering
            with this many events is not taken as complete, the next request resumes from the cursor.
        clock: seconds since the epoch (``time.time``); injectable for tests.
    """

    def __init__(
        self,
        client: BaseClient,
        operation: Operation | str,
        window_request: Callable[[int, int], dict[str, Any]],
        parse: Callable[[Any], T],
        *,
        cursor: Cursor | str | None = None,
        start: Moment | None = None,
        until: Moment | None = None,
        window: Duration | None = None,
        safety_margin: Duration | None = None,
        max_items: int | None = None,
        clock: Callable[[], float] = time.time,
    ):
        name = str(operation)
        if cursor is None:
            if start is None:
                raise RequestValidationError(name, "give cursor= (to resume) or start= (where to begin)")
            cursor = Cursor.at(_moment(name, "start", start))
        elif isinstance(cursor, str):
            cursor = Cursor.from_json(cursor)
        elif not isinstance(cursor, Cursor):
            raise RequestValidationError(name, f"cursor must be a Cursor or its JSON text, got {type(cursor).__name__}")
        self._client = client
        self._operation = operation
        self.operation = str(operation)
        self._window_request = window_request
        self._parse = parse
        self.cursor: Cursor = cursor
        self.until: int | None = None if until is None else _moment(name, "until", until)
        try:
            self.window_ms = _duration_ms(DEFAULT_WINDOW if window is None else window)
            self.margin_ms = _duration_ms(DEFAULT_SAFETY_MARGIN if safety_margin is None else safety_margin)
        except (TypeError, ValueError) as exc:
            raise RequestValidationError(name, f"window and safety_margin are timedeltas or seconds: {exc}") from None
        if self.window_ms <= 0:
            raise RequestValidationError(name, "window must be positive")
        if self.margin_ms < 0:
            raise RequestValidationError(name, "safety_margin cannot be negative")
        self.max_items = max_items
        self._clock = clock
        #: Requests made so far (one per window).
        self.requests = 0

    def __repr__(self) -> str:
        return f"{type(self).__name__}(operation={self.operation!r}, cursor={self.cursor!r})"

    def horizon(self) -> int:
        """The end (ms, exclusive) of what can be asked now: now - safety_margin, or ``until``."""
        limit = int(self._clock() * 1000) - self.margin_ms
        return limit if self.until is None else min(limit, self.until)

    def next_window(self, limit: int | None = None) -> tuple[int, int] | None:
        """The next ``[start, end)`` window to ask for before ``limit`` (default: :meth:`horizon`),
        or None when caught up."""
        low = self.cursor.timestamp
        limit = self.horizon() if limit is None else limit
        if low >= limit:
            return None
        return low, min(low + self.window_ms, limit)

    def _new(self, raw: Any, before: Cursor) -> tuple[int, str] | None:
        """The key of a raw event not delivered yet (:data:`UNPLACED` for one that the cursor
        cannot place), or None if it was delivered already.

        ``before`` is the cursor at the start of the window: what it covers was delivered by an
        earlier window (or an earlier run). An event earlier than the current cursor but not
        covered by ``before`` came out of order (NP6 was asked ``sort=asc``): it is delivered
        late rather than lost, with a warning, and the cursor does not move back.
        """
        key = _event_key(raw)
        if key is UNPLACED:
            return key
        if before.seen(*key):
            return None
        if key[0] < self.cursor.timestamp:
            logger.warning(
                "%s: an event at %s came after one at %s although sort=asc was asked; delivered late",
                self.operation,
                iso(key[0]),
                iso(self.cursor.timestamp),
            )
            return _LATE
        return None if self.cursor.seen(*key) else key

    def _advance(self, key: tuple[int, str]) -> None:
        if key is not UNPLACED and key is not _LATE:
            self.cursor = self.cursor.advance(*key)

    def _window_done(self, high: int, count: int, before: Cursor) -> None:
        if self.max_items is not None and count >= self.max_items:
            if self.cursor == before:
                # a full answer of events already seen: more than max_items share one millisecond
                raise errors.NP6Error(
                    f"{self.operation}: {count} events at {iso(self.cursor.timestamp)} fill an answer "
                    f"(max_items={self.max_items}); the poller cannot move past them"
                )
            return  # possibly cut by NP6: ask again from the cursor
        if self.cursor.timestamp < high:
            self.cursor = Cursor(high)

    # -- sync ---------------------------------------------------------------------------------

    def __iter__(self) -> Iterator[T]:
        # The horizon is taken once per pass: read again for each window, every request's own
        # latency would open a new window behind it, and a caught-up poller would never end.
        limit = self.horizon()
        while (bounds := self.next_window(limit)) is not None:
            low, high = bounds
            self.requests += 1
            count, before = 0, self.cursor
            raws = iter_raw(self._client, self._window_request(low, high), self._operation)
            try:
                for raw in raws:
                    count += 1
                    if (key := self._new(raw, before)) is not None:
                        event = decode_item(raw, self._parse, self.operation)
                        # the cursor moves before the yield: saved while handling this event, it includes it
                        self._advance(key)
                        yield event
            finally:
                raws.close()
            self._window_done(high, count, before)

    def follow(self, interval: Duration = 60.0, *, sleep: Callable[[float], None] = time.sleep) -> Iterator[T]:
        """Poll forever: catch up (one pass up to the horizon of its start), wait ``interval``,
        catch up again... Each pass after the first asks only for the time gone by since."""
        pause = _duration_ms(interval) / 1000.0
        while True:
            yield from self
            sleep(pause)

    # -- async --------------------------------------------------------------------------------

    async def _aiterate(self) -> AsyncIterator[T]:
        limit = self.horizon()  # once per pass (see __iter__)
        while (bounds := self.next_window(limit)) is not None:
            low, high = bounds
            self.requests += 1
            count, before = 0, self.cursor
            raws = aiter_raw(self._client, self._window_request(low, high), self._operation)
            try:
                async for raw in raws:
                    count += 1
                    if (key := self._new(raw, before)) is not None:
                        event = decode_item(raw, self._parse, self.operation)
                        self._advance(key)
                        yield event
            finally:
                await raws.aclose()
            self._window_done(high, count, before)

    def __aiter__(self) -> AsyncIterator[T]:
        return self._aiterate()

    async def afollow(
        self, interval: Duration = 60.0, *, sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep
    ) -> AsyncIterator[T]:
        """Async :meth:`follow`."""
        pause = _duration_ms(interval) / 1000.0
        while True:
            async for event in self:
                yield event
            await sleep(pause)


__all__ = [
    "DEFAULT_SAFETY_MARGIN",
    "DEFAULT_WINDOW",
    "Cursor",
    "Duration",
    "InvalidCursorError",
    "Moment",
    "Poller",
    "from_ms",
    "iso",
    "to_ms",
]
