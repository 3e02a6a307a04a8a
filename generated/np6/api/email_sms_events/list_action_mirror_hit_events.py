# Generated from GET /actions/{id}/events/hits/mirror (operation list_action_mirror_hit_events) by templates/endpoint_module.py.jinja: do not edit.
import datetime
from typing import Any

import httpx

from ... import _decoding, _operations, _paths, _validation
from ...client import BaseClient
from ...models.base_event import UnknownBaseEvent
from ...models.event_sort_order import EventSortOrder
from ...models.hit_event import HitEvent
from ...types import UNSET, Response, Unset, status

METHOD = "GET"
PATH = "/actions/{id}/events/hits/mirror"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "list_action_mirror_hit_events",
    METHOD,
    PATH,
    idempotent=True,
    window=_operations.Window("start", "end", "sort"),
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: str,
    *,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
    classification: str | Unset = UNSET,
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

    params["classification"] = classification

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Each value fills one path segment or is refused before sending (np6/_paths.py).
        "url": _paths.expand(
            OPERATION_ID,
            PATH,
            {
                "id": (id, str),
            },
        ),
        "params": params,
    }

    return _kwargs


#: One element of the response array: decoded as its type, or kept as UnknownBaseEvent
#: with its raw data and error (one odd item never costs the rest of the array).
_ITEMS: _decoding.Items[HitEvent | UnknownBaseEvent] = _decoding.Items(HitEvent, UnknownBaseEvent)


def _parse_item(data: Any) -> HitEvent | UnknownBaseEvent:
    """Decode one element of the response array (sync, asyncio, stream and poll alike)."""
    return _ITEMS.convert(data)


def _parse_response(response: httpx.Response) -> list[HitEvent | UnknownBaseEvent]:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    items: list[HitEvent | UnknownBaseEvent] = _ITEMS.decode(response.content)
    return items


def _build_response(response: httpx.Response) -> Response[list[HitEvent | UnknownBaseEvent]]:
    parsed = BaseClient.decode(response, OPERATION_ID, _parse_response) if 200 <= response.status_code < 300 else None
    return Response(
        status_code=status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: str,
    *,
    client: BaseClient,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
    classification: str | Unset = UNSET,
) -> Response[list[HitEvent | UnknownBaseEvent]]:
    """List the mirror-page hits of an action

    Returns the hits on the mirror page (online version) of one action's messages.
    Hits classified as robots are returned only when `classification` asks for them.

    Args:
        id (str):
        start (datetime.datetime | int | Unset): An instant given either as an ISO 8601 date-time
            or as milliseconds since the epoch.
        end (datetime.datetime | int | Unset): An instant given either as an ISO 8601 date-time or
            as milliseconds since the epoch.
        sort (EventSortOrder | Unset): Order of events by timestamp.
        classification (str | Unset):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[list[HitEvent | UnknownBaseEvent]]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
        ),
    )
    return _build_response(response)


def sync(
    id: str,
    *,
    client: BaseClient,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
    classification: str | Unset = UNSET,
) -> list[HitEvent | UnknownBaseEvent]:
    """List the mirror-page hits of an action

    Returns the hits on the mirror page (online version) of one action's messages.
    Hits classified as robots are returned only when `classification` asks for them.

    Args:
        id (str):
        start (datetime.datetime | int | Unset): An instant given either as an ISO 8601 date-time
            or as milliseconds since the epoch.
        end (datetime.datetime | int | Unset): An instant given either as an ISO 8601 date-time or
            as milliseconds since the epoch.
        sort (EventSortOrder | Unset): Order of events by timestamp.
        classification (str | Unset):

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        list[HitEvent | UnknownBaseEvent]
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    id: str,
    *,
    client: BaseClient,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
    classification: str | Unset = UNSET,
) -> Response[list[HitEvent | UnknownBaseEvent]]:
    """List the mirror-page hits of an action

    Returns the hits on the mirror page (online version) of one action's messages.
    Hits classified as robots are returned only when `classification` asks for them.

    Args:
        id (str):
        start (datetime.datetime | int | Unset): An instant given either as an ISO 8601 date-time
            or as milliseconds since the epoch.
        end (datetime.datetime | int | Unset): An instant given either as an ISO 8601 date-time or
            as milliseconds since the epoch.
        sort (EventSortOrder | Unset): Order of events by timestamp.
        classification (str | Unset):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[list[HitEvent | UnknownBaseEvent]]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
        ),
    )
    return _build_response(response)


async def asyncio(
    id: str,
    *,
    client: BaseClient,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
    classification: str | Unset = UNSET,
) -> list[HitEvent | UnknownBaseEvent]:
    """List the mirror-page hits of an action

    Returns the hits on the mirror page (online version) of one action's messages.
    Hits classified as robots are returned only when `classification` asks for them.

    Args:
        id (str):
        start (datetime.datetime | int | Unset): An instant given either as an ISO 8601 date-time
            or as milliseconds since the epoch.
        end (datetime.datetime | int | Unset): An instant given either as an ISO 8601 date-time or
            as milliseconds since the epoch.
        sort (EventSortOrder | Unset): Order of events by timestamp.
        classification (str | Unset):

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        list[HitEvent | UnknownBaseEvent]
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


from ..._streaming import AsyncEventStream as _AsyncEventStream
from ..._streaming import EventStream as _EventStream


def stream(
    id: str,
    *,
    client: BaseClient,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
    classification: str | Unset = UNSET,
) -> _EventStream[HitEvent | UnknownBaseEvent]:
    """List the mirror-page hits of an action, streamed: one decoded item at a time.

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
            classification=classification,
        ),
        OPERATION,
        _parse_item,
    )


def astream(
    id: str,
    *,
    client: BaseClient,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
    classification: str | Unset = UNSET,
) -> _AsyncEventStream[HitEvent | UnknownBaseEvent]:
    """List the mirror-page hits of an action, streamed: one decoded item at a time.

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
            classification=classification,
        ),
        OPERATION,
        _parse_item,
    )


from ..._polling import Cursor as _Cursor
from ..._polling import Duration as _Duration
from ..._polling import Moment as _Moment
from ..._polling import Poller as _Poller


def poll(
    id: str,
    *,
    client: BaseClient,
    cursor: _Cursor | str | None = None,
    start: _Moment | None = None,
    until: _Moment | None = None,
    window: _Duration | None = None,
    safety_margin: _Duration | None = None,
    max_items: int | None = None,
    classification: str | Unset = UNSET,
) -> _Poller[HitEvent | UnknownBaseEvent]:
    """List the mirror-page hits of an action, polled: every item once, in order, across time windows.

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
            classification=classification,
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
