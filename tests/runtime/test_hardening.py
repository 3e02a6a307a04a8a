"""Defects found by trying the client as a new user would (beyond the reliability issue's list).

Each test failed on the client before its fix; all run against a real loopback server.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
import traceback
import uuid
from typing import Any

import httpx
import pytest

from np6 import Client, Cursor, RetryPolicy, errors
from np6._polling import InvalidCursorError
from np6.api.email_sms_events import list_all_action_events
from np6.api.segment import get_segment, list_segments
from np6.models import ExecutionEmailRequest
from tests.support.clients import KEY, MODES, loopback_client, run
from tests.support.loopback import Answer, LoopbackServer, json_answer

HIT = {"type": "hit", "identity": {"type": "customer", "customer": "028"}, "source": {"type": "email"}}


def _hit(timestamp: int) -> dict[str, Any]:
    return {**HIT, "id": str(uuid.uuid4()), "timestamp": timestamp}


@pytest.mark.parametrize("mode", MODES)
def test_a_window_answered_out_of_order_loses_no_event(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="np6")
    events = [_hit(2000), _hit(1000), _hit(3000)]
    with LoopbackServer([json_answer(json.dumps(events))]) as server:
        client = loopback_client(server.url)
        poller = list_all_action_events.poll(client=client, start=0, until=10_000, window=datetime.timedelta(hours=1))
        if mode == "sync":
            delivered = list(poller)
        else:

            async def collect() -> list[Any]:
                return [event async for event in poller]

            delivered = asyncio.run(collect())
    assert sorted(e.timestamp for e in delivered) == [1000, 2000, 3000]
    assert "came after one at" in caplog.text
    assert poller.cursor.timestamp == 10_000


@pytest.mark.parametrize("mode", MODES)
def test_a_key_echoed_by_the_server_is_not_shown_in_errors(mode: str) -> None:
    with LoopbackServer(
        [json_answer(json.dumps({"title": f"invalid key {KEY}"}), status=401), json_answer(f'{{"id": "{KEY}"'.encode())]
    ) as server:
        client = loopback_client(server.url, max_retries=0)
        with pytest.raises(errors.AuthenticationError) as status:
            run(mode, get_segment.sync, get_segment.asyncio, 41, client=client)
        with pytest.raises(errors.DecodeError) as decode:
            run(mode, get_segment.sync, get_segment.asyncio, 41, client=client)
    for error in (status.value, decode.value):
        assert KEY not in "".join(traceback.format_exception(error))
    assert KEY not in status.value.body and "***" in status.value.body
    assert KEY not in decode.value.snippet


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("code", [520, 499, 299])
def test_detailed_calls_keep_a_status_the_standard_does_not_name(mode: str, code: int) -> None:
    with LoopbackServer([Answer(code, b"{}", {"Content-Type": "application/json"})]) as server:
        client = loopback_client(server.url, max_retries=0)
        response = run(mode, get_segment.sync_detailed, get_segment.asyncio_detailed, 41, client=client)
    assert response.status_code == code


@pytest.mark.parametrize("mode", MODES)
def test_an_argument_of_the_wrong_type_is_an_np6_error_naming_the_operation(mode: str) -> None:
    with LoopbackServer([json_answer(b"[]")]) as server:
        client = loopback_client(server.url)
        with pytest.raises(errors.ArgumentTypeError, match="list_all_action_events") as info:
            run(mode, list_all_action_events.sync, list_all_action_events.asyncio, client=client, sort="asc")
        assert info.value.sent is False
        bad = ExecutionEmailRequest(recipient={"type": "id"})  # type: ignore[arg-type]
        from np6.api.email_sms_actions import send_action_message

        with pytest.raises(errors.ArgumentTypeError, match="send_action_message"):
            run(mode, send_action_message.sync, send_action_message.asyncio, "000PE4", client=client, body=bad)
        assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_local_failures_are_np6_errors(mode: str) -> None:
    with LoopbackServer([json_answer(b"[" * 5000)]) as server:
        client = loopback_client(server.url, max_retries=0)
        with pytest.raises(errors.NP6Error):
            run(mode, get_segment.sync, get_segment.asyncio, "x" * 70_000, client=client)  # type: ignore[arg-type]
        with pytest.raises(errors.DecodeError):
            run(mode, list_segments.sync, list_segments.asyncio, client=client)


@pytest.mark.parametrize(
    "kwargs", [{"cursor": "{}"}, {"cursor": "garbage"}, {}, {"start": "2026-01-01"}, {"start": 0, "window": -1}]
)
def test_poller_arguments_are_checked_as_np6_errors(kwargs: dict[str, Any]) -> None:
    client = Client(api_key=KEY, base_url="http://127.0.0.1:9")
    with pytest.raises(errors.NP6Error):
        list_all_action_events.poll(client=client, **kwargs)
    with pytest.raises(InvalidCursorError):
        Cursor.from_json("[1]")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"api_key": 123},
        {"max_retries": "3"},
        {"max_retries": -1},
        {"timeout": -1},
        {"read_timeout": float("nan")},
        {"headers": {"Content-Length": "5"}},
        {"headers": {"Host": "elsewhere"}},
    ],
)
def test_bad_settings_are_refused_when_the_client_is_made(kwargs: dict[str, Any]) -> None:
    arguments = {"api_key": KEY, "base_url": "http://127.0.0.1:9", **kwargs}
    with pytest.raises(errors.ConfigurationError):
        Client(**arguments)
    with pytest.raises(errors.ConfigurationError):
        Client(api_key=KEY, base_url="http://127.0.0.1:9").with_options(timeout=-1)


def test_one_client_serves_several_event_loops() -> None:
    with LoopbackServer([json_answer(b"[]")]) as server:
        client = loopback_client(server.url)
        for _ in range(3):
            assert asyncio.run(list_segments.asyncio(client=client)) == []
    assert len(server.requests) == 3


def test_an_unusable_retry_after_falls_back_to_the_backoff() -> None:
    answers = [Answer(503, b"", {"Retry-After": value}) for value in ("nan", "-5", "inf")]
    with LoopbackServer([*answers, json_answer(b"[]")]) as server:
        client = loopback_client(
            server.url, retry=RetryPolicy(max_retries=3, initial_delay=0.05, max_delay=0.05, jitter=0.0)
        )
        assert list_segments.sync(client=client) == []
    gaps = [b.at - a.at for a, b in zip(server.requests, server.requests[1:], strict=False)]
    assert len(gaps) == 3 and all(gap >= 0.04 for gap in gaps), gaps


def test_a_rate_limit_error_says_how_long_np6_asks_to_wait() -> None:
    answer = Answer(429, b"", {"Retry-After": "3600", "x-request-id": "r"})
    with LoopbackServer([answer]) as server, pytest.raises(errors.RateLimitError, match="NP6 asks to wait 3600 s"):
        list_segments.sync(client=loopback_client(server.url))


def test_a_stream_accepts_a_byte_order_mark_like_the_buffered_call() -> None:
    body = b"\xef\xbb\xbf" + json.dumps([_hit(1)]).encode()
    with LoopbackServer([json_answer(body)]) as server:
        client = loopback_client(server.url)
        with list_all_action_events.stream(client=client) as events:
            assert len(list(events)) == 1
        assert len(list_all_action_events.sync(client=client)) == 1


def test_a_uuid_path_value_must_be_a_uuid() -> None:
    from np6._paths import segment

    with pytest.raises(errors.InvalidPathParameterError, match="must be a UUID"):
        segment("op", "id", "not-a-uuid", uuid.UUID)
    assert (
        segment("op", "id", "8e1b5d6e-0000-4000-8000-000000000001", uuid.UUID) == "8e1b5d6e-0000-4000-8000-000000000001"
    )
    with pytest.raises(errors.InvalidPathParameterError, match="must be an int"):
        segment("op", "id", "41", int)


def test_unset_prints_as_unset() -> None:
    from np6.types import UNSET

    assert repr(UNSET) == "UNSET" and str(UNSET) == "UNSET"
    assert httpx  # the module imports what the client needs
