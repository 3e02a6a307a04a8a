# Generated from GET /actions/reactivities/bounces (operation list_all_action_bounce_reactivities) by templates/endpoint_module.py.jinja: do not edit.
import datetime
from typing import Any

import httpx

from ... import _decoding, _operations, _validation
from ...client import BaseClient
from ...models.base_event import UnknownBaseEvent
from ...models.bounce_event import BounceEvent
from ...models.event_sort_order import EventSortOrder
from ...types import UNSET, Response, Unset, status

METHOD = "GET"
PATH = "/actions/reactivities/bounces"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "list_all_action_bounce_reactivities",
    METHOD,
    PATH,
    idempotent=True,
    window=_operations.Window("reactivityStart", "reactivityEnd", "sort"),
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    *,
    activation_start: datetime.datetime | int | Unset = UNSET,
    activation_end: datetime.datetime | int | Unset = UNSET,
    reactivity_start: datetime.datetime | int | Unset = UNSET,
    reactivity_end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_activation_start: int | str | Unset
    if isinstance(activation_start, Unset):
        json_activation_start = UNSET
    elif isinstance(activation_start, datetime.datetime):
        json_activation_start = activation_start.isoformat()
    else:
        json_activation_start = activation_start
    params["activationStart"] = json_activation_start

    json_activation_end: int | str | Unset
    if isinstance(activation_end, Unset):
        json_activation_end = UNSET
    elif isinstance(activation_end, datetime.datetime):
        json_activation_end = activation_end.isoformat()
    else:
        json_activation_end = activation_end
    params["activationEnd"] = json_activation_end

    json_reactivity_start: int | str | Unset
    if isinstance(reactivity_start, Unset):
        json_reactivity_start = UNSET
    elif isinstance(reactivity_start, datetime.datetime):
        json_reactivity_start = reactivity_start.isoformat()
    else:
        json_reactivity_start = reactivity_start
    params["reactivityStart"] = json_reactivity_start

    json_reactivity_end: int | str | Unset
    if isinstance(reactivity_end, Unset):
        json_reactivity_end = UNSET
    elif isinstance(reactivity_end, datetime.datetime):
        json_reactivity_end = reactivity_end.isoformat()
    else:
        json_reactivity_end = reactivity_end
    params["reactivityEnd"] = json_reactivity_end

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/actions/reactivities/bounces",
        "params": params,
    }

    return _kwargs


#: One element of the response array: decoded as its type, or kept as UnknownBaseEvent
#: with its raw data and error (one odd item never costs the rest of the array).
_ITEMS: _decoding.Items[BounceEvent | UnknownBaseEvent] = _decoding.Items(BounceEvent, UnknownBaseEvent)


def _parse_item(data: Any) -> BounceEvent | UnknownBaseEvent:
    """Decode one element of the response array (sync, asyncio, stream and poll alike)."""
    return _ITEMS.convert(data)


def _parse_response(response: httpx.Response) -> list[BounceEvent | UnknownBaseEvent]:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    items: list[BounceEvent | UnknownBaseEvent] = _ITEMS.decode(response.content)
    return items


def _build_response(response: httpx.Response) -> Response[list[BounceEvent | UnknownBaseEvent]]:
    parsed = BaseClient.decode(response, OPERATION_ID, _parse_response) if 200 <= response.status_code < 300 else None
    return Response(
        status_code=status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: BaseClient,
    activation_start: datetime.datetime | int | Unset = UNSET,
    activation_end: datetime.datetime | int | Unset = UNSET,
    reactivity_start: datetime.datetime | int | Unset = UNSET,
    reactivity_end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
) -> Response[list[BounceEvent | UnknownBaseEvent]]:
    """List the bounce reactivities of all actions

    Returns the bounce events related to the activations of every email and SMS action (windows as on
    `listAllActionReactivities`).

    Args:
        activation_start (datetime.datetime | int | Unset): An instant given either as an ISO 8601
            date-time or as milliseconds since the epoch.
        activation_end (datetime.datetime | int | Unset): An instant given either as an ISO 8601
            date-time or as milliseconds since the epoch.
        reactivity_start (datetime.datetime | int | Unset): An instant given either as an ISO 8601
            date-time or as milliseconds since the epoch.
        reactivity_end (datetime.datetime | int | Unset): An instant given either as an ISO 8601
            date-time or as milliseconds since the epoch.
        sort (EventSortOrder | Unset): Order of events by timestamp.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[list[BounceEvent | UnknownBaseEvent]]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        ),
    )
    return _build_response(response)


def sync(
    *,
    client: BaseClient,
    activation_start: datetime.datetime | int | Unset = UNSET,
    activation_end: datetime.datetime | int | Unset = UNSET,
    reactivity_start: datetime.datetime | int | Unset = UNSET,
    reactivity_end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
) -> list[BounceEvent | UnknownBaseEvent]:
    """List the bounce reactivities of all actions

    Returns the bounce events related to the activations of every email and SMS action (windows as on
    `listAllActionReactivities`).

    Args:
        activation_start (datetime.datetime | int | Unset): An instant given either as an ISO 8601
            date-time or as milliseconds since the epoch.
        activation_end (datetime.datetime | int | Unset): An instant given either as an ISO 8601
            date-time or as milliseconds since the epoch.
        reactivity_start (datetime.datetime | int | Unset): An instant given either as an ISO 8601
            date-time or as milliseconds since the epoch.
        reactivity_end (datetime.datetime | int | Unset): An instant given either as an ISO 8601
            date-time or as milliseconds since the epoch.
        sort (EventSortOrder | Unset): Order of events by timestamp.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        list[BounceEvent | UnknownBaseEvent]
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    *,
    client: BaseClient,
    activation_start: datetime.datetime | int | Unset = UNSET,
    activation_end: datetime.datetime | int | Unset = UNSET,
    reactivity_start: datetime.datetime | int | Unset = UNSET,
    reactivity_end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
) -> Response[list[BounceEvent | UnknownBaseEvent]]:
    """List the bounce reactivities of all actions

    Returns the bounce events related to the activations of every email and SMS action (windows as on
    `listAllActionReactivities`).

    Args:
        activation_start (datetime.datetime | int | Unset): An instant given either as an ISO 8601
            date-time or as milliseconds since the epoch.
        activation_end (datetime.datetime | int | Unset): An instant given either as an ISO 8601
            date-time or as milliseconds since the epoch.
        reactivity_start (datetime.datetime | int | Unset): An instant given either as an ISO 8601
            date-time or as milliseconds since the epoch.
        reactivity_end (datetime.datetime | int | Unset): An instant given either as an ISO 8601
            date-time or as milliseconds since the epoch.
        sort (EventSortOrder | Unset): Order of events by timestamp.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[list[BounceEvent | UnknownBaseEvent]]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        ),
    )
    return _build_response(response)


async def asyncio(
    *,
    client: BaseClient,
    activation_start: datetime.datetime | int | Unset = UNSET,
    activation_end: datetime.datetime | int | Unset = UNSET,
    reactivity_start: datetime.datetime | int | Unset = UNSET,
    reactivity_end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
) -> list[BounceEvent | UnknownBaseEvent]:
    """List the bounce reactivities of all actions

    Returns the bounce events related to the activations of every email and SMS action (windows as on
    `listAllActionReactivities`).

    Args:
        activation_start (datetime.datetime | int | Unset): An instant given either as an ISO 8601
            date-time or as milliseconds since the epoch.
        activation_end (datetime.datetime | int | Unset): An instant given either as an ISO 8601
            date-time or as milliseconds since the epoch.
        reactivity_start (datetime.datetime | int | Unset): An instant given either as an ISO 8601
            date-time or as milliseconds since the epoch.
        reactivity_end (datetime.datetime | int | Unset): An instant given either as an ISO 8601
            date-time or as milliseconds since the epoch.
        sort (EventSortOrder | Unset): Order of events by timestamp.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        list[BounceEvent | UnknownBaseEvent]
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


from ..._streaming import AsyncEventStream as _AsyncEventStream
from ..._streaming import EventStream as _EventStream


def stream(
    *,
    client: BaseClient,
    activation_start: datetime.datetime | int | Unset = UNSET,
    activation_end: datetime.datetime | int | Unset = UNSET,
    reactivity_start: datetime.datetime | int | Unset = UNSET,
    reactivity_end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
) -> _EventStream[BounceEvent | UnknownBaseEvent]:
    """List the bounce reactivities of all actions, streamed: one decoded item at a time.

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
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        ),
        OPERATION,
        _parse_item,
    )


def astream(
    *,
    client: BaseClient,
    activation_start: datetime.datetime | int | Unset = UNSET,
    activation_end: datetime.datetime | int | Unset = UNSET,
    reactivity_start: datetime.datetime | int | Unset = UNSET,
    reactivity_end: datetime.datetime | int | Unset = UNSET,
    sort: EventSortOrder | Unset = UNSET,
) -> _AsyncEventStream[BounceEvent | UnknownBaseEvent]:
    """List the bounce reactivities of all actions, streamed: one decoded item at a time.

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
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
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
    *,
    client: BaseClient,
    cursor: _Cursor | str | None = None,
    start: _Moment | None = None,
    until: _Moment | None = None,
    window: _Duration | None = None,
    safety_margin: _Duration | None = None,
    max_items: int | None = None,
    activation_start: datetime.datetime | int | Unset = UNSET,
    activation_end: datetime.datetime | int | Unset = UNSET,
) -> _Poller[BounceEvent | UnknownBaseEvent]:
    """List the bounce reactivities of all actions, polled: every item once, in order, across time windows.

    Returns a Poller: iterate it (``for`` or ``async for``) to get the items not delivered yet, up to
    ``safety_margin`` before now; ``poller.cursor`` (save ``poller.cursor.to_json()``) resumes it.
    The query's time window (``reactivity_start``/``reactivity_end``) and ``sort=asc`` are set by the poller;
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
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=window_start,
            reactivity_end=window_end,
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
