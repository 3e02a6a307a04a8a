"""A dlt (data load tool) source of one NP6 account: one resource per event and reactivity operation.

``pip install "np6-client[dlt]"`` (plus your warehouse's dlt extra, e.g. ``"dlt[duckdb]"``)::

    import dlt
    from np6.dlt import np6_source

    pipeline = dlt.pipeline("np6_acme", destination="duckdb", dataset_name="np6_acme")
    pipeline.run(np6_source("acme", api_key=..., start=datetime(2026, 1, 1, tzinfo=UTC)))

What it does, and why it can be trusted:

* **One resource per operation**, from ``np6._event_operations.EVENT_OPERATIONS`` (generated
  from the spec: every operation whose ``OPERATION.window`` is set). Each loads into a table of
  its name. Operations of one object (``/actions/{id}/events/bounces``) take their arguments
  from ``arguments={"list_action_bounce_events": [{"id": "000PE4"}, ...]}``; without them they
  are not selected (``source.resources[name].selected``).
* **Incremental through the client's own poller**: each (operation, arguments) pair polls with
  ``poll(cursor=...)`` and keeps the poller's :class:`~np6.Cursor` JSON in the dlt resource
  state (``cursors``, keyed by the arguments). The poller alone decides what is new; there is no
  second deduplication (no ``dlt.sources.incremental``).
* **Saved with the rows of the same load**: the cursor is written into the state before each
  batch of rows is yielded, and it covers exactly the rows yielded so far. dlt writes the state
  into the load package that holds those rows and commits both when the extract step succeeds;
  an extract that fails (NP6 unreachable after the client's retries, a body cut, any exception)
  discards its rows *and* its state, so the next run resumes from the last committed cursor and
  loads every event once. A package extracted but not loaded is loaded first by the next run;
  a lost local pipeline directory restores the state from the destination
  (``_dlt_pipeline_state``, loaded with the rows).
* **Rows merged on the event id** (``write_disposition="merge"``, primary key ``id``; on a
  repeated id the latest ``timestamp`` wins). An event without an ``id`` gets the id
  ``"sha1:<digest of the event's JSON>"``: the same event repeated merges into one row, two
  different events stay two.
* **Typed columns** for what every event shares: ``id``, ``timestamp`` (UTC), ``type`` (NP6's
  discriminator as sent), ``kind`` (the class the client decoded it as: ``BounceEvent``...;
  ``unknown`` for a kind this client does not know, ``undecoded`` for a known kind that did not
  decode), ``identity_type``/``identity_agency``/``identity_customer``, ``source_type``; the
  nested ``source.detail`` as JSON in ``detail``, and the whole event as NP6 sent it in
  ``event`` (JSON): unknown kinds load too, nothing is dropped. Resources with arguments add
  ``arguments`` (JSON).
* **One request at a time per key**: the resources of one source take turns (one polls while
  the others wait), whatever dlt's ``next_item_mode``; retries, timeouts and send-safety are
  the client's (every event operation is a read).
* **Several accounts are several sources**, each named ``np6_<account>`` (its dlt state and
  schema are its own): run each in its own pipeline and dataset.
"""

from __future__ import annotations

import datetime
import hashlib
import inspect
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any, TypeAlias

import dlt
from dlt.common.schema import Schema
from dlt.common.schema.typing import TTableSchemaColumns
from dlt.extract import DltResource, DltSource

from ._decoding import UnknownVariant
from ._event_operations import EVENT_OPERATIONS, EventOperation
from ._polling import Cursor, Duration, Moment, from_ms
from .client import Client
from .types import Unset

#: One row of a resource's table.
Row: TypeAlias = dict[str, Any]
#: The arguments of one operation's ``poll`` (its path and query parameters, and a body).
Arguments: TypeAlias = Mapping[str, Any]

#: Rows per yielded batch (dlt handles lists of rows much faster than single rows).
DEFAULT_BATCH_SIZE = 1000
_ACCOUNT = re.compile(r"[a-z0-9][a-z0-9_]*")
_FIXED = frozenset({"client", "cursor", "start", "until", "window", "safety_margin", "max_items"})

#: The table columns of every event resource (``arguments`` is added where it applies).
COLUMNS: TTableSchemaColumns = {
    "id": {"data_type": "text", "nullable": False, "primary_key": True},
    "timestamp": {"data_type": "timestamp", "nullable": True, "dedup_sort": "desc"},
    "type": {"data_type": "text", "nullable": True},
    "kind": {"data_type": "text", "nullable": False},
    "identity_type": {"data_type": "text", "nullable": True},
    "identity_agency": {"data_type": "text", "nullable": True},
    "identity_customer": {"data_type": "text", "nullable": True},
    "source_type": {"data_type": "text", "nullable": True},
    "detail": {"data_type": "json", "nullable": True},
    "event": {"data_type": "json", "nullable": False},
}
_ARGUMENTS_COLUMN: TTableSchemaColumns = {"arguments": {"data_type": "json", "nullable": True}}


class SourceConfigurationError(ValueError):
    """The source was asked something it cannot do (an unknown operation, missing arguments...)."""


def required_arguments(operation: EventOperation) -> tuple[str, ...]:
    """The names of the arguments ``operation.poll`` requires besides the client (``id``, ``body``...)."""
    parameters = inspect.signature(operation.poll).parameters.values()
    return tuple(
        p.name
        for p in parameters
        if p.name not in _FIXED and p.default is inspect.Parameter.empty and p.kind is not p.VAR_KEYWORD
    )


def _jsonable(value: Any) -> Any:
    """JSON-ready form of an argument value (models by ``to_dict``, datetimes as ISO text)."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return str(value)


def arguments_key(arguments: Arguments) -> str:
    """The state key of one set of arguments: their canonical JSON (``{}`` for none)."""
    return json.dumps(dict(arguments), sort_keys=True, separators=(",", ":"), default=_jsonable)


def _text(value: object) -> str | None:
    return None if value is None or isinstance(value, Unset) else str(value)


def _digest(raw: Mapping[str, Any]) -> str:
    canonical = json.dumps(raw, sort_keys=True, separators=(",", ":"), default=str)
    return "sha1:" + hashlib.sha1(canonical.encode(), usedforsecurity=False).hexdigest()


def _timestamp(value: object) -> datetime.datetime | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return from_ms(int(value))


def event_row(event: object) -> Row:
    """The row of one event the poller delivered (a model, or an ``UnknownVariant``)."""
    if isinstance(event, UnknownVariant):
        raw: dict[str, Any] = event.raw
        kind = "undecoded" if event.is_known_kind else "unknown"
    else:
        to_dict = getattr(event, "to_dict", None)
        raw = to_dict() if callable(to_dict) else {}
        kind = type(event).__name__
    identity = raw.get("identity")
    identity = identity if isinstance(identity, dict) else {}
    source = raw.get("source")
    source = source if isinstance(source, dict) else {}
    event_id = raw.get("id")
    detail = source.get("detail")
    return {
        "id": str(event_id) if isinstance(event_id, str | int) and not isinstance(event_id, bool) else _digest(raw),
        "timestamp": _timestamp(raw.get("timestamp")),
        "type": _text(raw.get("type")),
        "kind": kind,
        "identity_type": _text(identity.get("type")),
        "identity_agency": _text(identity.get("agency")),
        "identity_customer": _text(identity.get("customer")),
        "source_type": _text(source.get("type")),
        "detail": detail if isinstance(detail, dict | list) else None,
        "event": raw,
    }


@dataclass
class _Turns:
    """Which resource of a source may talk to NP6 (one key: one request at a time)."""

    holder: str | None = None

    def take(self, name: str) -> bool:
        if self.holder is None:
            self.holder = name
        return self.holder == name

    def give_back(self, name: str) -> None:
        if self.holder == name:
            self.holder = None


@dataclass(frozen=True)
class _Settings:
    client: Client | Callable[[], Client]
    start: Moment | None
    until: Moment | None
    window: Duration | None
    safety_margin: Duration | None
    max_items: int | None
    batch_size: int
    turns: _Turns = field(default_factory=_Turns)

    def open_client(self) -> AbstractContextManager[Client]:
        if isinstance(self.client, Client):
            return nullcontext(self.client)  # the caller's client: the caller closes it
        return self.client()


def _rows(
    operation: EventOperation, calls: Sequence[Arguments], settings: _Settings, with_arguments: bool
) -> Iterator[list[Row] | None]:
    name = operation.name
    while not settings.turns.take(name):
        yield None  # another resource of this account is polling: dlt asks the next one meanwhile
    try:
        state = dlt.current.resource_state(name)
        cursors: dict[str, str] = state.setdefault("cursors", {})
        with settings.open_client() as client:
            for arguments in calls:
                key = arguments_key(arguments)
                saved = cursors.get(key)
                if saved is None and settings.start is None:
                    raise SourceConfigurationError(f"{name}: no saved cursor for {key} and no start= to begin from")
                poller = operation.poll(
                    **arguments,
                    client=client,
                    cursor=saved,
                    start=None if saved is not None else settings.start,
                    until=settings.until,
                    window=settings.window,
                    safety_margin=settings.safety_margin,
                    max_items=settings.max_items,
                )
                extra = {"arguments": json.loads(key)} if with_arguments else {}
                batch: list[Row] = []
                for event in poller:
                    batch.append({**event_row(event), **extra} if extra else event_row(event))
                    if len(batch) >= settings.batch_size:
                        # the cursor covers every event up to the last of this batch: saved with it
                        cursors[key] = poller.cursor.to_json()
                        yield batch
                        batch = []
                cursors[key] = poller.cursor.to_json()  # caught up: the end of the last window
                if batch:
                    yield batch
    finally:
        settings.turns.give_back(name)


def _resource(operation: EventOperation, calls: Sequence[Arguments] | None, settings: _Settings) -> DltResource:
    needed = required_arguments(operation)
    columns = {**COLUMNS, **_ARGUMENTS_COLUMN} if needed else dict(COLUMNS)
    if calls is None:
        calls = [] if needed else [{}]
    for arguments in calls:
        missing = [n for n in needed if n not in arguments]
        if missing:
            raise SourceConfigurationError(f"{operation.name} needs {', '.join(missing)} in each of its arguments")
    chosen = list(calls)

    def rows() -> Iterator[list[Row] | None]:
        return _rows(operation, chosen, settings, bool(needed))

    resource = dlt.resource(
        rows,
        name=operation.name,
        write_disposition="merge",
        primary_key="id",
        columns=columns,
    )
    resource.selected = bool(chosen)
    return resource


def np6_source(
    account: str,
    *,
    client: Client | None = None,
    api_key: str | None = None,
    base_url: str | None = None,
    start: Moment | None = None,
    until: Moment | None = None,
    window: Duration | None = None,
    safety_margin: Duration | None = None,
    max_items: int | None = None,
    arguments: Mapping[str, Sequence[Arguments]] | None = None,
    operations: Sequence[str] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> DltSource:
    """The dlt source of one NP6 account, named ``np6_<account>``.

    Args:
        account: a short name of the account (lower case letters, digits, ``_``): the source's
            name, so its state and schema, is ``np6_<account>``.
        client: the :class:`~np6.Client` to use (you close it); by default each resource opens
            one with ``api_key`` and ``base_url`` (``NP6_API_KEY`` / ``NP6_BASE_URL`` when not
            given) and closes it when done.
        start: where the first run begins (a datetime, naive = UTC, or ms since the epoch);
            later runs resume from the cursor in the dlt state.
        until: stop there instead of at "now - safety_margin" (backfills).
        window, safety_margin, max_items: as in ``poll()`` (default 1 hour, 5 minutes, none).
        arguments: per operation name, the argument sets to poll it with (its path parameters,
            required query parameters, ``body``), one cursor each. Operations that need
            arguments are selected only when given some.
        operations: only these operations (by name); default: every event operation.
        batch_size: rows per batch handed to dlt.
    """
    if not isinstance(account, str) or not _ACCOUNT.fullmatch(account):
        raise SourceConfigurationError(f"account must be lower case letters, digits and _, got {account!r}")
    if batch_size < 1:
        raise SourceConfigurationError("batch_size must be positive")
    known = {op.name: op for op in EVENT_OPERATIONS}
    given = dict(arguments or {})
    unknown = sorted((set(operations or ()) | set(given)) - known.keys())
    if unknown:
        raise SourceConfigurationError(f"not NP6 event operations: {', '.join(unknown)}")
    if client is not None and (api_key is not None or base_url is not None):
        raise SourceConfigurationError("give client= or api_key=/base_url=, not both")

    def new_client() -> Client:
        return Client(api_key, base_url=base_url)

    if client is None:
        new_client().close()  # a missing or malformed key fails here, not in the middle of a run
    settings = _Settings(
        client if client is not None else new_client, start, until, window, safety_margin, max_items, batch_size
    )
    chosen = [known[name] for name in operations] if operations is not None else list(EVENT_OPERATIONS)
    resources = [_resource(op, given.get(op.name), settings) for op in chosen]
    name = f"np6_{account}"
    return DltSource(Schema(name), name, resources)


__all__ = [
    "COLUMNS",
    "DEFAULT_BATCH_SIZE",
    "Cursor",
    "SourceConfigurationError",
    "arguments_key",
    "event_row",
    "np6_source",
    "required_arguments",
]
