"""The poller ends once caught up, against a real server and the real clock (sync and async).

The defect: the horizon ("now" minus the safety margin) was read again for every window, so each
request's own latency opened a new tiny window and a caught-up poller never stopped. Here every
answer takes 50 ms of real time, as a real NP6's would.
"""

from __future__ import annotations

import asyncio
import datetime
import itertools
import threading
import time
from typing import Any

import pytest

from np6.api.email_sms_events import list_all_action_events
from tests.support.clients import MODES, loopback_client
from tests.support.loopback import LoopbackServer, json_answer

LATENCY = 0.05
MINUTE = datetime.timedelta(minutes=1)


class Stop(Exception):
    """Ends a follow() loop from its sleep function."""


def _drain(mode: str, poller: Any) -> list[Any]:
    if mode == "sync":
        return list(poller)

    async def collect() -> list[Any]:
        try:
            return [event async for event in poller]
        finally:
            await poller._client.aclose()

    return asyncio.run(collect())


def _bounded(function: Any, seconds: float) -> Any:
    """Run ``function`` in a thread; fail (instead of hanging) if it has not returned in time."""
    result: dict[str, Any] = {}

    def target() -> None:
        try:
            result["value"] = function()
        except BaseException as exc:  # reported below
            result["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still polling after {seconds} s: the poller never ends"
    if "error" in result:
        raise result["error"]
    return result.get("value")


@pytest.mark.parametrize("mode", MODES)
def test_a_caught_up_poller_ends_after_one_request_per_window(mode: str) -> None:
    with LoopbackServer([json_answer(b"[]", delay=LATENCY)]) as server:
        client = loopback_client(server.url)
        start = datetime.datetime.now(datetime.UTC) - 8 * MINUTE  # 3 windows of 1 min before now - 5 min
        poller = list_all_action_events.poll(client=client, start=start, window=MINUTE, safety_margin=5 * MINUTE)
        events = _bounded(lambda: _drain(mode, poller), 10.0)
        assert events == []
        assert poller.requests == len(server.requests)
        assert poller.requests in (3, 4)  # 4 only if a millisecond boundary falls between start and now
        windows = [(r.query["start"][0], r.query["end"][0]) for r in server.requests]
        assert all(a[1] == b[0] for a, b in itertools.pairwise(windows)), "windows are contiguous"
        assert poller.cursor.timestamp >= int((time.time() - 5 * 60 - 2) * 1000)


@pytest.mark.parametrize("mode", MODES)
def test_a_poller_started_at_the_horizon_makes_no_request(mode: str) -> None:
    with LoopbackServer([json_answer(b"[]", delay=LATENCY)]) as server:
        client = loopback_client(server.url)
        start = datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=4)
        poller = list_all_action_events.poll(client=client, start=start, safety_margin=5 * MINUTE)
        assert _bounded(lambda: _drain(mode, poller), 5.0) == []
        assert server.requests == []


def test_follow_waits_its_interval_between_passes() -> None:
    with LoopbackServer([json_answer(b"[]", delay=LATENCY)]) as server:
        client = loopback_client(server.url)
        start = datetime.datetime.now(datetime.UTC) - 7 * MINUTE
        poller = list_all_action_events.poll(client=client, start=start, window=MINUTE, safety_margin=5 * MINUTE)
        passes: list[int] = []

        def sleep(seconds: float) -> None:
            passes.append(len(server.requests))
            assert seconds == 0.2
            if len(passes) == 3:
                raise Stop
            time.sleep(seconds)

        def follow() -> None:
            with pytest.raises(Stop):
                for _ in poller.follow(0.2, sleep=sleep):
                    pass

        _bounded(follow, 10.0)
        first = passes[0]
        assert first in (2, 3)
        # each later pass asks only for the time that went by since the last one: one window
        assert [b - a for a, b in itertools.pairwise(passes)] == [1, 1]


def test_afollow_waits_its_interval_between_passes() -> None:
    with LoopbackServer([json_answer(b"[]", delay=LATENCY)]) as server:
        client = loopback_client(server.url)
        start = datetime.datetime.now(datetime.UTC) - 7 * MINUTE
        poller = list_all_action_events.poll(client=client, start=start, window=MINUTE, safety_margin=5 * MINUTE)
        passes: list[int] = []

        async def sleep(seconds: float) -> None:
            passes.append(len(server.requests))
            if len(passes) == 3:
                raise Stop
            await asyncio.sleep(seconds)

        async def follow() -> None:
            try:
                with pytest.raises(Stop):
                    async for _ in poller.afollow(0.2, sleep=sleep):
                        pass
            finally:
                await client.aclose()

        _bounded(lambda: asyncio.run(follow()), 10.0)
        assert passes[0] in (2, 3)
        assert [b - a for a, b in itertools.pairwise(passes)] == [1, 1]
