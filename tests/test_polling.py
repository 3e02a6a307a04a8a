"""The resumable poller of the event operations: ``poll()`` and its ``Cursor``.

A fake NP6 (``FakeEvents``) holds events and answers ``start``/``end``/``sort`` queries the way
NP6 documents them (``timestamp >= start`` and ``< end``, ascending); events can be added "late"
(with a timestamp in the past) to model NP6's delays. The clock is injected.
"""

from __future__ import annotations

import datetime
import json
import random
from typing import Any

import httpx
import pytest

from tests import streaming_support as sx

T0 = 1_700_000_000_000  # ms
HOUR = 3_600_000


@pytest.fixture(scope="module")
def pkg() -> Any:
    return sx.fixture_package()


@pytest.fixture(scope="module")
def events_op(pkg: Any) -> Any:
    return sx.module("api.fixture_events.list_fixture_events")


class FakeEvents:
    """Events served as NP6 does: filtered on [start, end), sorted ascending on ``sort=asc``."""

    def __init__(self, events: list[dict[str, Any]], *, start_param: str = "start", end_param: str = "end"):
        self.events = list(events)
        self.start_param = start_param
        self.end_param = end_param
        self.queries: list[tuple[int, int, str | None]] = []
        self.fail_at: int | None = None  # cut the answer of the next request after this many events

    @staticmethod
    def _ms(value: str) -> int:
        if value.lstrip("-").isdigit():
            return int(value)
        return round(datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp() * 1000)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        low, high = self._ms(params[self.start_param]), self._ms(params[self.end_param])
        self.queries.append((low, high, params.get("sort")))
        selected = [e for e in self.events if low <= e["timestamp"] < high]
        # ties keep an arbitrary (shuffled) order, as a real server may
        random.Random(len(self.queries)).shuffle(selected)
        selected.sort(key=lambda e: e["timestamp"])
        body = sx.dumps(selected)
        fail = None
        if self.fail_at is not None:
            body = sx.dumps(selected[: self.fail_at])[:-1] + b',{"type": "hit", "id'
            fail = httpx.ReadError("connection reset")
            self.fail_at = None
        return httpx.Response(200, stream=sx.Chunks(sx.chunked(body, 700), fail=fail))


class Clock:
    def __init__(self, ms: int):
        self.ms = ms

    def __call__(self) -> float:
        return self.ms / 1000.0


def _poll(op: Any, client: Any, clock: Clock, *args: Any, **kwargs: Any) -> Any:
    poller = op.poll(*args, client=client, **kwargs)
    poller._clock = clock  # the injectable clock of Poller (see _polling.Poller)
    return poller


def assert_delivered_once_in_order(delivered: list[str], expected: list[dict[str, Any]]) -> None:
    """Every expected event exactly once, in timestamp order (ties may come in any order)."""
    stamps = {e["id"]: e["timestamp"] for e in expected}
    assert len(delivered) == len(set(delivered)), "an event was delivered twice"
    assert set(delivered) == set(stamps), "an event was lost (or one too many)"
    times = [stamps[i] for i in delivered]
    assert times == sorted(times)


def _events(count: int, spacing: int, *, same_ms_every: int = 4) -> list[dict[str, Any]]:
    """Hits ``spacing`` ms apart, with runs of several events sharing one millisecond."""
    return [sx.hit(n, T0 + (n // same_ms_every) * spacing) for n in range(count)]


# -- cursor -----------------------------------------------------------------------------------


def test_cursor_json_round_trip(pkg: Any) -> None:
    Cursor = sx.module("_polling").Cursor
    cursor = Cursor(T0, frozenset({"b", "a"}))
    text = cursor.to_json()
    assert json.loads(text) == {"version": 1, "timestamp": T0, "time": "2023-11-14T22:13:20.000Z", "ids": ["a", "b"]}
    assert Cursor.from_json(text) == cursor
    assert Cursor.at(datetime.datetime(2023, 11, 14, 22, 13, 20, tzinfo=datetime.UTC)) == Cursor(T0)
    assert Cursor.at(datetime.datetime(2023, 11, 14, 22, 13, 20)) == Cursor(T0)  # naive = UTC
    for bad in ['{"version": 2, "timestamp": 1}', '{"timestamp": "x"}', '{"timestamp": 1, "ids": [1]}', "[]"]:
        with pytest.raises(ValueError):
            Cursor.from_json(bad)


def test_cursor_seen_and_advance(pkg: Any) -> None:
    cursor = sx.module("_polling").Cursor(10, frozenset({"a"}))
    assert cursor.seen(9, "z") and cursor.seen(10, "a")
    assert not cursor.seen(10, "b") and not cursor.seen(11, "a")
    assert cursor.advance(10, "b") == sx.module("_polling").Cursor(10, frozenset({"a", "b"}))
    assert cursor.advance(12, "c") == sx.module("_polling").Cursor(12, frozenset({"c"}))


# -- polling ----------------------------------------------------------------------------------


def test_poll_walks_windows_in_order_and_stops_short_of_now(events_op: Any) -> None:
    events = _events(400, 61_000)  # 100 distinct ms, about 100 minutes
    fake = FakeEvents(events)
    now = T0 + 200 * 60_000
    clock = Clock(now)
    poller = _poll(
        events_op, sx.client(fake), clock, start=T0, window=datetime.timedelta(minutes=15), safety_margin=300
    )
    assert_delivered_once_in_order([str(e.id) for e in poller], events)
    # windows are contiguous, 15 minutes long, asked in ascending order, and end before now - margin
    assert all(sort == "asc" for _, _, sort in fake.queries)
    assert fake.queries[0][0] == T0
    assert all(high - low <= 15 * 60_000 for low, high, _ in fake.queries)
    assert all(fake.queries[i][1] == fake.queries[i + 1][0] for i in range(len(fake.queries) - 1))
    assert fake.queries[-1][1] == now - 300_000
    assert poller.cursor.timestamp == now - 300_000
    # caught up: nothing more to ask until time passes
    asked = len(fake.queries)
    assert list(poller) == [] and len(fake.queries) == asked


def test_resume_from_saved_cursor_without_loss_or_duplicate(events_op: Any) -> None:
    events = _events(600, 7_000, same_ms_every=5)
    fake = FakeEvents(events)
    clock = Clock(T0 + 2 * HOUR)
    client = sx.client(fake)
    delivered: list[str] = []
    saved: str | None = None
    mid_millisecond = 0
    # a consumer that stops after every 37 events and resumes from its saved cursor (JSON text)
    while True:
        poller = _poll(events_op, client, clock, cursor=saved, start=T0, window=600, safety_margin=0)
        batch = 0
        for event in poller:
            delivered.append(str(event.id))
            saved = poller.cursor.to_json()
            batch += 1
            if batch == 37:
                mid_millisecond += len(poller.cursor.ids) < 5
                break
        if batch < 37:
            break
    assert_delivered_once_in_order(delivered, events)
    # several stops fell in the middle of a run of events sharing a millisecond
    assert mid_millisecond >= 5


def test_overlapping_windows_give_no_duplicates(events_op: Any, pkg: Any) -> None:
    """A cursor saved mid-millisecond re-asks that millisecond: the ids seen there are skipped."""
    events = [sx.hit(n, T0 + 1000 * (n // 3)) for n in range(30)]  # triples sharing a ms
    fake = FakeEvents(events)
    clock = Clock(T0 + HOUR)
    cursor = sx.module("_polling").Cursor(T0 + 4000, frozenset({events[12]["id"], events[14]["id"]}))  # 2 of 3 seen
    poller = _poll(events_op, sx.client(fake), clock, cursor=cursor, safety_margin=0)
    assert_delivered_once_in_order([str(e.id) for e in poller], [events[13], *events[15:]])
    assert fake.queries[0][0] == T0 + 4000  # the window starts at (and includes) the cursor's ms


def test_late_events_within_the_safety_margin_are_not_missed(events_op: Any) -> None:
    events = _events(20, 10_000, same_ms_every=1)
    fake = FakeEvents(events)
    clock = Clock(T0 + 200_000)
    poller = _poll(events_op, sx.client(fake), clock, start=T0, window=HOUR / 1000, safety_margin=60)
    first = [str(e.id) for e in poller]
    assert first == [e["id"] for e in events if e["timestamp"] < T0 + 140_000]
    # an event recorded late, 50 s in the past (within the margin), then time passes
    late = sx.hit(1000, T0 + 150_000)
    fake.events.append(late)
    clock.ms += 120_000
    second = [str(e.id) for e in poller]
    expected = sorted([*events, late], key=lambda e: e["timestamp"])
    assert first + second == [e["id"] for e in expected]


def test_until_bounds_a_backfill(events_op: Any) -> None:
    events = _events(100, 60_000, same_ms_every=1)
    fake = FakeEvents(events)
    poller = _poll(events_op, sx.client(fake), Clock(T0 + 10 * HOUR), start=T0, until=T0 + 30 * 60_000)
    assert [str(e.id) for e in poller] == [e["id"] for e in events[:30]]
    assert fake.queries[-1][1] == T0 + 30 * 60_000


def test_truncated_window_keeps_the_cursor_at_the_last_complete_event(pkg: Any, events_op: Any) -> None:
    events = _events(50, 1_000, same_ms_every=3)
    fake = FakeEvents(events)
    clock = Clock(T0 + HOUR)
    client = sx.client(fake)
    poller = _poll(events_op, client, clock, start=T0, safety_margin=0)
    fake.fail_at = 20
    delivered: list[str] = []
    with pytest.raises(pkg._streaming.TruncatedStreamError):
        for event in poller:
            delivered.append(str(event.id))
    assert len(delivered) == 20
    assert len(poller.cursor.ids) == 2  # the cut fell inside a run of 3 events sharing a millisecond
    resumed = _poll(events_op, client, clock, cursor=poller.cursor.to_json())
    delivered += [str(e.id) for e in resumed]
    assert_delivered_once_in_order(delivered, events)


def test_max_items_reasks_a_full_window_from_the_cursor(events_op: Any) -> None:
    events = _events(30, 1_000, same_ms_every=1)

    class Capped(FakeEvents):
        def __call__(self, request: httpx.Request) -> httpx.Response:
            response = super().__call__(request)
            data = json.loads(b"".join(response.stream))  # type: ignore[arg-type]
            return httpx.Response(200, json=data[:10])  # NP6 cutting at 10 per answer

    fake = Capped(events)
    poller = _poll(events_op, sx.client(fake), Clock(T0 + HOUR), start=T0, safety_margin=0, max_items=10)
    assert [str(e.id) for e in poller] == [e["id"] for e in events]


def test_max_items_stuck_on_one_millisecond_raises_instead_of_looping(pkg: Any, events_op: Any) -> None:
    events = [sx.hit(n, T0 + 5) for n in range(12)]  # 12 events in one millisecond, NP6 cap 10

    class Capped(FakeEvents):
        def __call__(self, request: httpx.Request) -> httpx.Response:
            response = super().__call__(request)
            data = json.loads(b"".join(response.stream))  # type: ignore[arg-type]
            return httpx.Response(200, json=sorted(data, key=lambda e: e["id"])[:10])

    fake = Capped(events)
    poller = _poll(events_op, sx.client(fake), Clock(T0 + HOUR), start=T0, safety_margin=0, max_items=10)
    delivered: list[str] = []
    with pytest.raises(pkg.errors.NP6Error, match="max_items=10"):
        for event in poller:
            delivered.append(str(event.id))
    assert len(delivered) == 10 and len(fake.queries) == 2


async def test_async_poll_resumes_without_loss_or_duplicate(events_op: Any) -> None:
    events = _events(120, 5_000, same_ms_every=4)
    fake = FakeEvents(events)
    clock = Clock(T0 + HOUR)
    client = sx.client(fake)
    poller = _poll(events_op, client, clock, start=T0, window=120, safety_margin=0)
    delivered: list[str] = []
    async for event in poller:
        delivered.append(str(event.id))
        if len(delivered) == 45:
            break
    resumed = _poll(events_op, client, clock, cursor=poller.cursor)
    async for event in resumed:
        delivered.append(str(event.id))
    assert_delivered_once_in_order(delivered, events)


def test_follow_keeps_polling(events_op: Any) -> None:
    events = _events(5, 1_000, same_ms_every=1)
    fake = FakeEvents(events)
    clock = Clock(T0 + 10_000)
    poller = _poll(events_op, sx.client(fake), clock, start=T0, safety_margin=0)
    pauses: list[float] = []

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        fake.events.append(sx.hit(100 + len(pauses), clock.ms + 1))
        clock.ms += 5_000

    received = []
    for event in poller.follow(interval=30, sleep=sleep):
        received.append(str(event.id))
        if len(received) == 8:
            break
    assert received == [e["id"] for e in events] + [sx.event_id(101), sx.event_id(102), sx.event_id(103)]
    assert pauses[0] == 30.0


def test_reactivities_poll_on_their_own_window_parameters(events_op: Any) -> None:
    op = sx.module("api.fixture_events.list_fixture_reactivities")
    items = [{"id": f"r{n}", "timestamp": T0 + n * 1000, "kind": "open"} for n in range(10)]
    fake = FakeEvents(items, start_param="reactivityStart", end_param="reactivityEnd")
    poller = _poll(op, sx.client(fake), Clock(T0 + HOUR), start=T0, safety_margin=0)
    assert [str(r.id) for r in poller] == [f"r{n}" for n in range(10)]
    assert fake.queries[0][0] == T0


def test_datetime_window_parameters_are_sent_as_iso(events_op: Any) -> None:
    op = sx.module("api.fixture_events.list_fixture_action_hits")
    seen: list[httpx.URL] = []
    events = _events(6, 1_000, same_ms_every=1)
    fake = FakeEvents(events)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return fake(request)

    poller = _poll(op, sx.client(handler), Clock(T0 + 10_000), "000PE4", start=T0, safety_margin=0)
    assert [str(e.id) for e in poller] == [e["id"] for e in events]
    assert seen[0].path == "/fixture/000PE4/events/hits"
    assert seen[0].params["start"] == "2023-11-14T22:13:20+00:00"
    assert seen[0].params["sort"] == "asc"


def test_poll_needs_a_start_or_a_cursor(events_op: Any) -> None:
    with pytest.raises(ValueError, match="start="):
        events_op.poll(client=sx.client(FakeEvents([])))
