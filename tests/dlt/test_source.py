"""``np6.dlt``: NP6 events into DuckDB through dlt, from a loopback NP6 serving them by window.

Each test runs real dlt pipelines into an embedded DuckDB file in its temp directory, against
``EventNP6`` (tests/dlt/support.py) on 127.0.0.1: no other network (a socket guard fails the
test otherwise), dlt telemetry off.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import shutil
from pathlib import Path
from typing import Any

import dlt
import pytest
from dlt.pipeline.exceptions import PipelineStepFailed

import np6.api
from np6 import Client
from np6.dlt import COLUMNS, SourceConfigurationError, event_row, np6_source, required_arguments
from np6.models import BounceEvent
from tests.dlt.support import (
    ACTION_BOUNCES,
    ALL_ACTION_EVENTS,
    ALL_BOUNCE_REACTIVITIES,
    HOUR,
    KEY,
    T0,
    WINDOW,
    Fault,
    Served,
    event,
    pipeline,
    rows,
    spread,
)
from tests.support.clients import loopback_client

TABLE = "list_all_action_events"
HOURS = 6
UNTIL = T0 + HOURS * HOUR


def _data() -> list[dict[str, Any]]:
    """3000 events over 6 hours (several per millisecond), an unknown kind, repeats, events without id."""
    events = spread(3000, HOURS)
    events.append(event(T0 + 2 * HOUR + 17, "teleport", event_id="7d0c3c4e-0000-4000-8000-00000000beef"))
    events.append(dict(events[10]))  # the same event twice in one answer (same ms, same id)
    moved = dict(events[20], timestamp=T0 + 5 * HOUR + 1, source={"type": "sms"})  # same id, later: an update
    events.append(moved)
    no_id = event(T0 + 3 * HOUR, "hit", n=99_999)
    del no_id["id"]
    events += [no_id, dict(no_id), dict(no_id, timestamp=T0 + 3 * HOUR + 5)]
    return events


def _distinct_ids(events: list[dict[str, Any]]) -> int:
    return len({e.get("id") or json.dumps(e, sort_keys=True) for e in events})


def _source(served: Served, **kwargs: Any) -> Any:
    kwargs.setdefault("start", T0)
    kwargs.setdefault("until", UNTIL)
    kwargs.setdefault("window", WINDOW)
    kwargs.setdefault("operations", [TABLE])
    if "client" not in kwargs:
        kwargs.setdefault("api_key", KEY)
        kwargs.setdefault("base_url", served.url)
    return np6_source("acme", **kwargs)


def test_every_event_operation_of_the_client_is_a_resource(served: Served) -> None:
    windowed = set()
    for info in pkgutil.walk_packages(np6.api.__path__, "np6.api."):
        module = importlib.import_module(info.name)
        operation = getattr(module, "OPERATION", None)
        if operation is not None and operation.window is not None:
            windowed.add(operation.id)
    source = np6_source("acme", api_key=KEY, base_url=served.url, start=T0)
    assert len(windowed) == 29
    assert set(source.resources) == windowed
    # operations of one object (a path id, a required query or body) wait for their arguments
    for name, resource in source.resources.items():
        assert resource.selected == (name not in _needing_arguments()), name
    assert source.name == "np6_acme"


def _needing_arguments() -> set[str]:
    from np6._event_operations import EVENT_OPERATIONS

    return {op.name for op in EVENT_OPERATIONS if required_arguments(op)}


def test_thousands_of_events_load_once_with_typed_columns(served: Served, tmp_path: Path) -> None:
    data = _data()
    served.np6.events[ALL_ACTION_EVENTS] = data
    pipe = pipeline(tmp_path)
    pipe.run(_source(served))

    loaded = rows(pipe, TABLE, "id, timestamp, type, kind, identity_customer, source_type, detail, event")
    assert len(loaded) == _distinct_ids(data) == 3000 + 1 + 2  # the unknown kind; two distinct id-less events
    assert len({r[0] for r in loaded}) == len(loaded)
    by_id = {r[0]: r for r in loaded}
    unknown = by_id["7d0c3c4e-0000-4000-8000-00000000beef"]
    assert unknown[2:4] == ("teleport", "unknown")
    assert json.loads(unknown[7])["type"] == "teleport"
    known = by_id[data[0]["id"]]
    assert known[3] == "ActivationEvent" and known[4] == "C42" and known[5] == "email"
    assert json.loads(known[6]) == data[0]["source"]["detail"]
    assert int(known[1].timestamp() * 1000) == data[0]["timestamp"]
    updated = by_id[data[20]["id"]]  # a repeated id merges into one row, the latest wins
    assert (int(updated[1].timestamp() * 1000), updated[5]) == (T0 + 5 * HOUR + 1, "sms")
    assert sum(1 for r in loaded if r[0].startswith("sha1:")) == 2
    # one request per window, in order
    assert served.np6.requests_to(ALL_ACTION_EVENTS) == [(T0 + h * HOUR, T0 + (h + 1) * HOUR) for h in range(HOURS)]
    # the cursor is the poller's own, in the resource state
    state = pipe.state["sources"]["np6_acme"]["resources"][TABLE]["cursors"]["{}"]
    assert json.loads(state)["timestamp"] == UNTIL


def test_a_second_run_adds_nothing_and_a_later_one_only_the_new_events(served: Served, tmp_path: Path) -> None:
    served.np6.events[ALL_ACTION_EVENTS] = _data()
    pipe = pipeline(tmp_path)
    pipe.run(_source(served))
    first = rows(pipe, TABLE, "*")
    asked = len(served.np6.windows)

    pipe.run(_source(served))
    assert rows(pipe, TABLE, "*") == first
    assert len(served.np6.windows) == asked  # caught up: nothing asked

    later = spread(500, 2, salt=10_000)
    for e in later:
        e["timestamp"] += HOURS * HOUR
    served.np6.events[ALL_ACTION_EVENTS] += later
    pipe.run(_source(served, until=UNTIL + 2 * HOUR))
    assert len(rows(pipe, TABLE)) == len(first) + 500
    assert served.np6.requests_to(ALL_ACTION_EVENTS)[-2:] == [(UNTIL, UNTIL + HOUR), (UNTIL + HOUR, UNTIL + 2 * HOUR)]


def test_one_key_one_request_at_a_time(served: Served, tmp_path: Path) -> None:
    """dlt interleaves resources round robin; the resources of one source take turns instead."""
    served.np6.events[ALL_ACTION_EVENTS] = spread(600, HOURS)
    served.np6.events[ALL_BOUNCE_REACTIVITIES] = spread(600, HOURS, kinds=("bounce",), salt=50_000)
    ops = [TABLE, "list_all_action_bounce_reactivities", "list_all_action_open_hit_reactivities"]
    pipe = pipeline(tmp_path)
    pipe.run(_source(served, operations=ops, batch_size=50))
    paths = [p for p, _, _ in served.np6.windows]
    assert len(paths) == 3 * HOURS
    runs = [p for i, p in enumerate(paths) if i == 0 or paths[i - 1] != p]
    assert len(runs) == 3, runs  # each resource's windows in one block: never two streams open
    assert len(rows(pipe, "list_all_action_bounce_reactivities")) == 600
    assert served.np6.keys == {KEY}


def test_a_503_mid_way_is_retried_by_the_client(served: Served, tmp_path: Path) -> None:
    served.np6.events[ALL_ACTION_EVENTS] = data = _data()
    served.np6.faults = {3: Fault(503)}
    pipe = pipeline(tmp_path)
    with loopback_client(served.url) as client:
        pipe.run(_source(served, client=client))
    assert len(rows(pipe, TABLE)) == _distinct_ids(data)
    assert len(served.np6.windows) == HOURS + 1


@pytest.mark.parametrize(
    "faults",
    [
        pytest.param({3: Fault(503), 4: Fault(503), 5: Fault(503)}, id="503-after-retries"),
        pytest.param({2: Fault(cut_after=40_000)}, id="body-cut"),
    ],
)
def test_a_failed_run_resumes_without_loss_or_duplicate(
    served: Served, tmp_path: Path, faults: dict[int, Fault]
) -> None:
    served.np6.events[ALL_ACTION_EVENTS] = data = _data()
    pipe = pipeline(tmp_path)
    pipe.run(_source(served, until=T0 + HOUR))  # a first, committed run
    committed = len(rows(pipe, TABLE))
    assert 0 < committed < 1000
    served.np6.faults = {len(served.np6.windows) + k: fault for k, fault in faults.items()}
    with loopback_client(served.url) as client, pytest.raises(PipelineStepFailed) as failed:
        pipe.run(_source(served, client=client, batch_size=100))
    assert failed.value.step == "extract"
    assert len(rows(pipe, TABLE)) == committed  # nothing of the failed extract was loaded
    cursor = json.loads(pipe.state["sources"]["np6_acme"]["resources"][TABLE]["cursors"]["{}"])
    assert cursor["timestamp"] == T0 + HOUR  # nor its state saved

    asked = len(served.np6.windows)
    with loopback_client(served.url) as client:
        pipe.run(_source(served, client=client))
    loaded = rows(pipe, TABLE)
    assert len(loaded) == len({r[0] for r in loaded}) == _distinct_ids(data)
    assert served.np6.requests_to(ALL_ACTION_EVENTS)[asked - len(served.np6.windows) :][0][0] == T0 + HOUR


def test_an_exception_in_the_middle_of_a_run_loses_nothing(served: Served, tmp_path: Path) -> None:
    served.np6.events[ALL_ACTION_EVENTS] = data = _data()
    pipe = pipeline(tmp_path)
    seen = {"rows": 0}

    def fail_in_the_middle(row: dict[str, Any]) -> dict[str, Any]:
        seen["rows"] += 1
        if seen["rows"] == 1700:
            raise RuntimeError("the worker died")
        return row

    source = _source(served, batch_size=100)
    source.resources[TABLE].add_map(fail_in_the_middle)
    with pytest.raises(PipelineStepFailed):
        pipe.run(source)
    assert rows(pipe, TABLE) == []

    pipe = pipeline(tmp_path)  # a new process: the pipeline read back from its working directory
    pipe.run(_source(served))
    loaded = rows(pipe, TABLE)
    assert len(loaded) == len({r[0] for r in loaded}) == _distinct_ids(data)


def test_a_package_extracted_but_not_loaded_is_loaded_by_the_next_run(served: Served, tmp_path: Path) -> None:
    served.np6.events[ALL_ACTION_EVENTS] = data = _data()
    pipeline(tmp_path).run(_source(served, until=T0 + HOUR))
    pipeline(tmp_path).extract(_source(served, until=T0 + 3 * HOUR))  # the process stops before loading
    asked = len(served.np6.windows)
    pipe = pipeline(tmp_path)
    pipe.run(_source(served))  # dlt loads the pending package (its rows and its state) first, and stops there
    assert len(served.np6.windows) == asked
    assert len(rows(pipe, TABLE)) == _distinct_ids([e for e in data if e["timestamp"] < T0 + 3 * HOUR])
    pipe.run(_source(served))
    loaded = rows(pipe, TABLE)
    assert len(loaded) == len({r[0] for r in loaded}) == _distinct_ids(data)
    assert served.np6.requests_to(ALL_ACTION_EVENTS)[asked:] == [
        (T0 + h * HOUR, T0 + (h + 1) * HOUR) for h in (3, 4, 5)
    ]


def test_a_package_extracted_before_anything_was_loaded_starts_again_from_start(served: Served, tmp_path: Path) -> None:
    """dlt drops a working directory whose dataset does not exist: the warehouse is the truth."""
    served.np6.events[ALL_ACTION_EVENTS] = data = _data()
    pipeline(tmp_path).extract(_source(served, until=T0 + 3 * HOUR))
    pipe = pipeline(tmp_path)
    pipe.run(_source(served))
    loaded = rows(pipe, TABLE)
    assert len(loaded) == len({r[0] for r in loaded}) == _distinct_ids(data)


def test_a_lost_working_directory_resumes_from_the_state_in_the_warehouse(served: Served, tmp_path: Path) -> None:
    served.np6.events[ALL_ACTION_EVENTS] = data = _data()
    pipeline(tmp_path).run(_source(served, until=T0 + 4 * HOUR))
    shutil.rmtree(tmp_path / "pipelines")  # an ephemeral worker: only the warehouse is left
    asked = len(served.np6.windows)
    pipe = pipeline(tmp_path)
    pipe.run(_source(served))
    loaded = rows(pipe, TABLE)
    assert len(loaded) == len({r[0] for r in loaded}) == _distinct_ids(data)
    assert served.np6.requests_to(ALL_ACTION_EVENTS)[asked:] == [(T0 + 4 * HOUR, T0 + 5 * HOUR), (T0 + 5 * HOUR, UNTIL)]


def test_operations_of_one_object_poll_each_argument_set_with_its_own_cursor(served: Served, tmp_path: Path) -> None:
    bounces = spread(300, HOURS, kinds=("bounce",), salt=70_000)
    served.np6.events[ACTION_BOUNCES] = bounces
    served.np6.events["/actions/000PE5/events/bounces"] = other = spread(200, HOURS, kinds=("bounce",), salt=90_000)
    args = {"list_action_bounce_events": [{"id": "000PE4"}, {"id": "000PE5"}]}
    pipe = pipeline(tmp_path)
    pipe.run(_source(served, operations=["list_action_bounce_events"], arguments=args))
    loaded = rows(pipe, "list_action_bounce_events", "id, kind, arguments")
    assert len(loaded) == len(bounces) + len(other)
    assert {r[1] for r in loaded} == {BounceEvent.__name__}
    assert sum(1 for r in loaded if json.loads(r[2]) == {"id": "000PE4"}) == len(bounces)
    cursors = pipe.state["sources"]["np6_acme"]["resources"]["list_action_bounce_events"]["cursors"]
    assert set(cursors) == {'{"id":"000PE4"}', '{"id":"000PE5"}'}


def test_several_accounts_are_several_sources(served: Served, tmp_path: Path) -> None:
    served.np6.events[ALL_ACTION_EVENTS] = spread(400, HOURS)
    for account, key in (("acme", KEY), ("globex", "globex-key-51e7b20c3a9f")):
        source = np6_source(
            account, api_key=key, base_url=served.url, start=T0, until=UNTIL, window=WINDOW, operations=[TABLE]
        )
        pipe = pipeline(tmp_path, f"np6_{account}")
        pipe.run(source)
        assert len(rows(pipe, TABLE)) == 400
        assert set(pipe.state["sources"]) == {f"np6_{account}"}
    assert served.np6.keys == {KEY, "globex-key-51e7b20c3a9f"}


def test_what_the_source_refuses(served: Served) -> None:
    with pytest.raises(SourceConfigurationError, match="needs id"):
        np6_source("acme", api_key=KEY, start=T0, arguments={"list_action_bounce_events": [{}]})
    with pytest.raises(SourceConfigurationError, match="not NP6 event operations: list_segments"):
        np6_source("acme", api_key=KEY, start=T0, operations=["list_segments"])
    with pytest.raises(SourceConfigurationError, match="account"):
        np6_source("Acme Corp", api_key=KEY, start=T0)
    with Client(api_key=KEY, base_url=served.url) as client, pytest.raises(SourceConfigurationError, match="not both"):
        np6_source("acme", client=client, api_key=KEY, start=T0)


def test_the_first_run_needs_a_start(served: Served, tmp_path: Path) -> None:
    with pytest.raises(PipelineStepFailed, match="no start="):
        pipeline(tmp_path).run(_source(served, start=None))


def test_event_rows_keep_what_no_column_holds() -> None:
    unknown = {"type": "teleport", "timestamp": T0, "where": {"planet": "Mars"}}
    row = event_row(np6.UnknownVariant(unknown))
    assert row["id"].startswith("sha1:") and row["kind"] == "unknown" and row["event"] == unknown
    assert event_row(np6.UnknownVariant(dict(unknown)))["id"] == row["id"]
    assert event_row(np6.UnknownVariant({**unknown, "timestamp": T0 + 1}))["id"] != row["id"]
    assert set(row) == set(COLUMNS)


def test_dlt_is_configured_offline() -> None:
    assert dlt.config["runtime.dlthub_telemetry"] in (False, "false")


def test_a_run_cut_short_saves_the_cursor_of_the_rows_it_loaded(served: Served, tmp_path: Path) -> None:
    """dlt's add_limit closes the resource after some batches: the state covers exactly those rows."""
    served.np6.events[ALL_ACTION_EVENTS] = data = _data()
    pipe = pipeline(tmp_path)
    pipe.run(_source(served, batch_size=250).with_resources(TABLE).add_limit(5))
    first = rows(pipe, TABLE, "id, timestamp")
    assert len(first) == 5 * 250
    cursor = json.loads(pipe.state["sources"]["np6_acme"]["resources"][TABLE]["cursors"]["{}"])
    assert cursor["timestamp"] == max(int(r[1].timestamp() * 1000) for r in first)
    pipe.run(_source(served))
    loaded = rows(pipe, TABLE)
    assert len(loaded) == len({r[0] for r in loaded}) == _distinct_ids(data)
