# Generated from GET /notifications/{id}/events/cancellations (operation list_notification_cancellation_events) by templates/endpoint_module.py.jinja: do not edit.
import datetime
from typing import Any

import httpx

from ... import _decoding, _operations, _paths, _validation
from ...client import BaseClient
from ...models.base_event import UnknownBaseEvent
from ...models.cancellation_event import CancellationEvent
from ...models.event_sort_order import EventSortOrder
from ...types import UNSET, Response, Unset, status

METHOD = "GET"
PATH = "/notifications/{id}/events/cancellations"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "list_notification_cancellation_events",
    METHOD,
    PATH,
    idempotent=True,
    window=_operations.Window("start", "end", "sort"),
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: int,
    *,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start: int | str | Unset
    if isinstance(start, Unset):
        json_start = UNSET
    elif isinstance(start, datetime.datetime):
        json_start = start.isoformat()
    else:
        json_start = start
    params["start"] = json_start

    json_end: int | str | Unset
    if isinstance(end, Unset):
        json_end = UNSET
    elif isinstance(end, datetime.datetime):
        json_end = end.isoformat()
    else:
        json_end = end
    params["end"] = json_end

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Each value fills one path segment or is refused before sending (np6/_paths.py).
        "url": _paths.expand(
            OPERATION_ID,
            PATH,
            {
                "id": (id, int),
            },
        ),
        "params": params,
    }

    return _kwargs


#: One element of the response array: decoded as its type, or kept as UnknownBaseEvent
#: with its raw data and error (one odd item never costs the rest of the array).
_ITEMS: _decoding.Items[CancellationEvent | UnknownBaseEvent] = _decoding.Items(CancellationEvent, UnknownBaseEvent)


def _parse_item(data: Any) -> CancellationEvent | UnknownBaseEvent:
    """Decode one element of the response array (sync, asyncio, stream and poll alike)."""
    return _ITEMS.convert(data)


def _parse_response(response: httpx.Response) -> list[CancellationEvent | UnknownBaseEvent]:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    items: list[CancellationEvent | UnknownBaseEvent] = _ITEMS.decode(response.content)
    return items


def _build_response(response: httpx.Response) -> Response[list[CancellationEvent | UnknownBaseEvent]]:
    parsed = BaseClient.decode(response, OPERATION_ID, _parse_response) if 200 <= response.status_code < 300 else None
    return Response(
        status_code=status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: int,
    *,
    client: BaseClient,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
) -> Response[list[CancellationEvent | UnknownBaseEvent]]:
    """List the cancellations of a notification

    Returns the cancellation events of one notification.

    Args:
        id (int):
        start (datetime.datetime | int | Unset): An instant given either as an ISO 8601 date-time
            or as milliseconds since the epoch.
        end (datetime.datetime | int | Unset): An instant given either as an ISO 8601 date-time or
            as milliseconds since the epoch.
        sort (EventSortOrder | Unset): Order of events by timestamp.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[list[CancellationEvent | UnknownBaseEvent]]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
        ),
    )
    return _build_response(response)


def sync(
    id: int,
    *,
    client: BaseClient,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
) -> list[CancellationEvent | UnknownBaseEvent]:
    """List the cancellations of a notification

    Returns the cancellation events of one notification.

    Args:
        id (int):
        start (datetime.datetime | int | Unset): An instant given either as an ISO 8601 date-time
            or as milliseconds since the epoch.
        end (datetime.datetime | int | Unset): An instant given either as an ISO 8601 date-time or
            as milliseconds since the epoch.
        sort (EventSortOrder | Unset): Order of events by timestamp.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        list[CancellationEvent | UnknownBaseEvent]
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    id: int,
    *,
    client: BaseClient,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
) -> Response[list[CancellationEvent | UnknownBaseEvent]]:
    """List the cancellations of a notification

    Returns the cancellation events of one notification.

    Args:
        id (int):
        start (datetime.datetime | int | Unset): An instant given either as an ISO 8601 date-time
            or as milliseconds since the epoch.
        end (datetime.datetime | int | Unset): An instant given either as an ISO 8601 date-time or
            as milliseconds since the epoch.
        sort (EventSortOrder | Unset): Order of events by timestamp.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[list[CancellationEvent | UnknownBaseEvent]]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
        ),
    )
    return _build_response(response)


async def asyncio(
    id: int,
    *,
    client: BaseClient,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
) -> list[CancellationEvent | UnknownBaseEvent]:
    """List the cancellations of a notification

    Returns the cancellation events of one notification.

    Args:
        id (int):
        start (datetime.datetime | int | Unset): An instant given either as an ISO 8601 date-time
            or as milliseconds since the epoch.
        end (datetime.datetime | int | Unset): An instant given either as an ISO 8601 date-time or
            as milliseconds since the epoch.
        sort (EventSortOrder | Unset): Order of events by timestamp.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        list[CancellationEvent | UnknownBaseEvent]
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


from ..._streaming import AsyncEventStream as _AsyncEventStream
from ..._streaming import EventStream as _EventStream


def stream(
    id: int,
    *,
    client: BaseClient,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
) -> _EventStream[CancellationEvent | UnknownBaseEvent]:
    """List the cancellations of a notification, streamed: one decoded item at a time.

    Same arguments as ``sync``. The response body is parsed incrementally, so memory does not grow
    with the number of items. Nothing is sent before the first item is asked for.
    Use it in a ``with`` block (or call ``close()``) when you may stop early.

    Raises (while iterating):
        errors.APIStatusError: NP6 answered with a non-2xx status (before any item).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        _streaming.TruncatedStreamError: the body ended mid-array (after every complete item was yielded).
        errors.DecodeError: the body is not a JSON array (an item that does not decode is yielded as an
            UnknownVariant with its ``error``).
    """
    return _EventStream(
        client,
        _get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
        ),
        OPERATION,
        _parse_item,
    )


def astream(
    id: int,
    *,
    client: BaseClient,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
) -> _AsyncEventStream[CancellationEvent | UnknownBaseEvent]:
    """List the cancellations of a notification, streamed: one decoded item at a time.

    Same arguments as ``sync``. The response body is parsed incrementally, so memory does not grow
    with the number of items. Nothing is sent before the first item is asked for.
    Use it in an ``async with`` block (or call ``aclose()``) when you may stop early.

    Raises (while iterating):
        errors.APIStatusError: NP6 answered with a non-2xx status (before any item).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        _streaming.TruncatedStreamError: the body ended mid-array (after every complete item was yielded).
        errors.DecodeError: the body is not a JSON array (an item that does not decode is yielded as an
            UnknownVariant with its ``error``).
    """
    return _AsyncEventStream(
        client,
        _get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
        ),
        OPERATION,
        _parse_item,
    )


from ..._polling import Cursor as _Cursor
from ..._polling import Duration as _Duration
from ..._polling import Moment as _Moment
from ..._polling import Poller as _Poller


def poll(
    id: int,
    *,
    client: BaseClient,
    cursor: _Cursor | str | None = None,
    start: _Moment | None = None,
    until: _Moment | None = None,
    window: _Duration | None = None,
    safety_margin: _Duration | None = None,
    max_items: int | None = None,
) -> _Poller[CancellationEvent | UnknownBaseEvent]:
    """List the cancellations of a notification, polled: every item once, in order, across time windows.

    Returns a Poller: iterate it (``for`` or ``async for``) to get the items not delivered yet, up to
    ``safety_margin`` before now; ``poller.cursor`` (save ``poller.cursor.to_json()``) resumes it.
    The query's time window (``start``/``end``) and ``sort=asc`` are set by the poller;
    the other arguments are those of ``sync``.

    Args:
        cursor: where to resume (a Cursor or its JSON text); takes precedence over ``start``.
        start: where to begin without a cursor (datetime, naive = UTC, or ms since the epoch).
        until: stop there instead of at now - safety_margin (backfills).
        window: length of the time window of each request (timedelta or seconds; default 1 hour).
        safety_margin: distance kept from now, as NP6 records events late (default 5 minutes).
        max_items: the cap NP6 puts on one answer, if any (a full window is then asked again).
    """

    def window_request(window_start: int, window_end: int) -> dict[str, Any]:
        return _get_kwargs(
            id=id,
            start=window_start,
            end=window_end,
            sort=EventSortOrder("asc"),
        )

    return _Poller(
        client,
        OPERATION,
        window_request,
        _parse_item,
        cursor=cursor,
        start=start,
        until=until,
        window=window,
        safety_margin=safety_margin,
        max_items=max_items,
    )
