"""Streaming variants of the event operations: ``stream()`` / ``astream()``.

Run against a client rendered from ``tests/fixtures/streaming`` (see tests/streaming_support.py),
served by ``httpx.MockTransport`` or, for a real cut connection, by a loopback HTTP server; and
against the real generated ``np6`` event operations once the events spec has them.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests import streaming_support as sx
from tests.support.clients import as_sent


@pytest.fixture(scope="module")
def pkg() -> Any:
    return sx.fixture_package()


@pytest.fixture(scope="module")
def events_op(pkg: Any) -> Any:
    return sx.module("api.fixture_events.list_fixture_events")


def _mixed(count: int) -> list[dict[str, Any]]:
    return [
        sx.bounce(n, 1_700_000_000_000 + n, "soft" if n % 2 else "hard")
        if n % 5 == 0
        else sx.hit(n, 1_700_000_000_000 + n)
        for n in range(count)
    ]


def _serve(
    body: bytes, *, chunk: int = 1000, status: int = 200, headers: dict[str, str] | None = None
) -> tuple[Any, list[httpx.Request], list[sx.Chunks]]:
    requests: list[httpx.Request] = []
    streams: list[sx.Chunks] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(as_sent(request))
        stream = sx.Chunks(sx.chunked(body, chunk))
        streams.append(stream)
        return httpx.Response(status, headers=headers or {"content-type": "application/json"}, stream=stream)

    return sx.client(handler), requests, streams


# -- what is generated --------------------------------------------------------------------------


def test_streaming_variants_exist_only_for_event_arrays(pkg: Any) -> None:
    streaming = [
        "list_fixture_events",
        "list_fixture_action_hits",
        "list_fixture_reactivities",
        "search_fixture_campaign_events",
    ]
    for name in streaming:
        op = sx.module(f"api.fixture_events.{name}")
        assert callable(op.stream) and callable(op.astream), name
    # an object under /events, and an array outside /events and /reactivities: no stream
    for name in ["api.fixture_events.get_fixture_event_summary", "api.fixture_things.list_fixture_things"]:
        op = sx.module(name)
        assert not hasattr(op, "stream") and not hasattr(op, "astream"), name


def test_backend_is_the_c_parser(pkg: Any) -> None:
    assert pkg._streaming.BACKEND_NAME == "yajl2_c"


# -- order, completeness, typed values ------------------------------------------------------------


def test_stream_yields_every_event_in_order_as_the_buffered_call_decodes_it(pkg: Any, events_op: Any) -> None:
    payload = _mixed(2_500)
    body = sx.dumps(payload)
    client, requests, _ = _serve(body, chunk=777)  # chunk borders fall inside tokens

    streamed = list(events_op.stream(client=client, start=5, sort=pkg.models.FixtureSort.ASC))
    buffered = events_op.sync(client=client, start=5, sort=pkg.models.FixtureSort.ASC)

    assert [str(e.id) for e in streamed] == [p["id"] for p in payload]
    assert [e.to_dict() for e in streamed] == [e.to_dict() for e in buffered]
    first_hit, first_bounce = streamed[1], streamed[0]
    assert isinstance(first_hit, pkg.models.FixtureHitEvent)
    assert first_hit.timestamp == 1_700_000_000_001
    assert first_hit.link.type_ == "redirection"
    assert first_hit.client.ip.value == "10.0.1.0"
    assert first_hit.identity.customer == "028"
    assert isinstance(first_hit.score, float) and first_hit.score == pytest.approx(1 / 7)
    assert isinstance(first_bounce, pkg.models.FixtureBounceEvent)
    assert first_bounce.verdict == pkg.models.FixtureBounceEventVerdict.HARD
    # the same request as the buffered call, through the client's transport (auth, params)
    assert requests[0].url.params["start"] == "5" and requests[0].url.params["sort"] == "asc"
    assert requests[0].headers["X-Key"] == sx.KEY
    assert requests[0].url == requests[1].url


async def test_astream_yields_every_event_in_order(pkg: Any, events_op: Any) -> None:
    payload = _mixed(1_200)
    client, requests, streams = _serve(sx.dumps(payload), chunk=501)
    async with events_op.astream(client=client, classification="mpp") as events:
        received = [e async for e in events]
        assert events.response is not None and events.response.status_code == 200
    assert [str(e.id) for e in received] == [p["id"] for p in payload]
    assert isinstance(received[3], pkg.models.FixtureHitEvent) and received[3].link.value == "https://ex.com/3"
    assert requests[0].url.params["classification"] == "mpp"
    assert streams[0].closed


def test_stream_reads_incrementally(events_op: Any) -> None:
    payload = _mixed(5_000)
    client, _, streams = _serve(sx.dumps(payload), chunk=4096)
    with events_op.stream(client=client) as events:
        first = next(events)
        assert str(first.id) == payload[0]["id"]
        total = len(streams[0].chunks)
        assert total > 50
        # only the first chunks have been read to produce the first event
        assert streams[0].served <= 2
    assert streams[0].closed  # leaving the block early released the response


def test_nothing_is_sent_before_iteration(events_op: Any) -> None:
    client, requests, _ = _serve(b"[]")
    events = events_op.stream(client=client)
    assert requests == []
    assert list(events) == []
    assert len(requests) == 1


def test_post_stream_sends_its_body(pkg: Any) -> None:
    op = sx.module("api.fixture_events.search_fixture_campaign_events")
    payload = _mixed(10)
    client, requests, _ = _serve(sx.dumps(payload))
    body = pkg.models.FixtureSearch(types=["hit", "bounce"])
    assert [str(e.id) for e in op.stream(7, client=client, body=body)] == [p["id"] for p in payload]
    assert requests[0].method == "POST" and requests[0].url.path == "/fixture/campaigns/7/events"
    assert json.loads(requests[0].content) == {"types": ["hit", "bounce"]}


def test_no_content_yields_nothing(events_op: Any) -> None:
    client, _, _ = _serve(b"", status=204)
    assert list(events_op.stream(client=client)) == []


# -- errors -----------------------------------------------------------------------------------


def test_status_error_is_typed_and_nothing_is_yielded(pkg: Any, events_op: Any) -> None:
    body = b'{"title": "Not Found", "detail": "no such action"}'
    client, _, _ = _serve(body, status=404, headers={"x-request-id": "req-404", "content-type": "application/json"})
    received: list[Any] = []
    with pytest.raises(pkg.errors.NotFoundError) as info:
        received.extend(events_op.stream(client=client))
    assert received == []
    assert info.value.request_id == "req-404"
    assert "no such action" in info.value.body
    assert info.value.operation == "list_fixture_events"
    assert sx.KEY not in str(info.value)


async def test_async_status_error_is_typed(pkg: Any, events_op: Any) -> None:
    client, _, _ = _serve(b"", status=409, headers={"x-request-id": "req-409"})
    with pytest.raises(pkg.errors.ConflictError) as info:
        async for _ in events_op.astream(client=client):
            pass
    assert info.value.request_id == "req-409"


def test_retried_before_the_first_byte(pkg: Any, events_op: Any) -> None:
    payload = _mixed(20)
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            return httpx.Response(503, headers={"retry-after": "0"})
        return httpx.Response(200, stream=sx.Chunks(sx.chunked(sx.dumps(payload), 300)))

    client = sx.client(handler)
    assert [str(e.id) for e in events_op.stream(client=client)] == [p["id"] for p in payload]
    assert len(calls) == 2

    calls.clear()
    with pytest.raises(pkg.errors.InternalServerError):
        list(events_op.stream(client=client.with_options(max_retries=0)))
    assert len(calls) == 1  # per-call options reach the transport


async def test_async_retried_before_the_first_byte(pkg: Any, events_op: Any) -> None:
    payload = _mixed(15)
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            return httpx.Response(429, headers={"retry-after": "0"})
        return httpx.Response(200, stream=sx.Chunks(sx.chunked(sx.dumps(payload), 100)))

    async with events_op.astream(client=sx.client(handler)) as events:
        received = [str(e.id) async for e in events]
    assert received == [p["id"] for p in payload]
    assert len(calls) == 2


def test_stream_requests_are_logged_with_the_operation_and_without_the_key(
    events_op: Any, caplog: pytest.LogCaptureFixture
) -> None:
    client, _, _ = _serve(sx.dumps(_mixed(3)), headers={"x-request-id": "req-log"})
    with caplog.at_level(logging.DEBUG, logger="np6"):
        assert len(list(events_op.stream(client=client))) == 3
    lines = [r.getMessage() for r in caplog.records if r.name == "np6"]
    assert any("GET /fixture/events -> 200" in line and "list_fixture_events" in line for line in lines), lines
    assert all(sx.KEY not in line for line in lines)


def _cut_after(payload: list[dict[str, Any]], keep: int) -> bytes:
    """The body up to the middle of element ``keep`` (elements 0..keep-1 complete)."""
    whole = sx.dumps(payload)
    complete = sx.dumps(payload[:keep])[:-1]  # '[e0, ..., e(keep-1)' without ']'
    assert whole.startswith(complete)
    return whole[: len(complete) + 25]


@pytest.mark.parametrize("how", ["connection", "json"])
def test_truncated_stream_yields_every_complete_event_then_raises(pkg: Any, events_op: Any, how: str) -> None:
    payload = _mixed(300)
    cut = _cut_after(payload, 137)
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        fail = httpx.RemoteProtocolError("peer closed connection") if how == "connection" else None
        return httpx.Response(200, stream=sx.Chunks(sx.chunked(cut, 999), fail=fail))

    received: list[Any] = []
    with pytest.raises(pkg._streaming.TruncatedStreamError) as info:
        received.extend(events_op.stream(client=sx.client(handler)))
    assert [str(e.id) for e in received] == [p["id"] for p in payload[:137]]
    assert info.value.items == 137 and info.value.received == len(cut)
    assert isinstance(info.value, pkg.errors.DecodeError)
    assert "list_fixture_events" in str(info.value) and "137 complete" in str(info.value)
    assert len(calls) == 1  # never retried once the body has started


async def test_async_truncated_stream(pkg: Any, events_op: Any) -> None:
    payload = _mixed(50)
    cut = _cut_after(payload, 20)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=sx.Chunks(sx.chunked(cut, 64), fail=httpx.ReadError("reset")))

    received: list[Any] = []
    with pytest.raises(pkg._streaming.TruncatedStreamError) as info:
        async for event in events_op.astream(client=sx.client(handler)):
            received.append(event)
    assert [str(e.id) for e in received] == [p["id"] for p in payload[:20]]
    assert info.value.items == 20


@pytest.fixture
def cut_server() -> Iterator[tuple[str, bytes, int]]:
    """A loopback HTTP server announcing a longer body than it sends, then closing the socket."""
    payload = _mixed(400)
    body = _cut_after(payload, 311)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(65536)
            head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body) + 5000}\r\n\r\n"
            conn.sendall(head.encode() + body)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}", body, 311
    thread.join(timeout=5)
    listener.close()


def test_cut_connection_on_a_real_socket(pkg: Any, events_op: Any, cut_server: tuple[str, bytes, int]) -> None:
    base_url, body, complete = cut_server
    received: list[Any] = []
    client = pkg.Client(api_key=sx.KEY, base_url=base_url, max_retries=0)
    with client, pytest.raises(pkg._streaming.TruncatedStreamError) as info:
        received.extend(events_op.stream(client=client))
    assert len(received) == complete
    assert info.value.received == len(body)
    assert isinstance(info.value.cause, httpx.RemoteProtocolError)


_VALID = json.dumps(sx.bounce(1, 1)).encode()


@pytest.mark.parametrize(
    ("body", "message", "complete"),
    [
        (b"[" + _VALID + b', {"type": nope}]', "lexical error", 1),
        (b"[" + _VALID + b"] [1]", "trailing garbage", 1),
        (b'{"events": []}', "expected a JSON array", 0),
        (b"  null", "expected a JSON array", 0),
        (b"", "empty body", 0),
    ],
)
def test_malformed_bodies_raise_decode_errors(
    pkg: Any, events_op: Any, body: bytes, message: str, complete: int
) -> None:
    for chunk in (3, 10_000):
        client, _, _ = _serve(body, chunk=chunk)
        received: list[Any] = []
        with pytest.raises(pkg.errors.DecodeError, match=message) as info:
            received.extend(events_op.stream(client=client))
        assert not isinstance(info.value, pkg._streaming.TruncatedStreamError)
        assert len(received) == complete


def test_an_item_that_does_not_decode_is_kept_and_the_stream_goes_on(pkg: Any, events_op: Any) -> None:
    odd = {"type": "bounce", "timestamp": 3}  # no id (required by the fixture spec)
    payload: list[Any] = [*_mixed(3), odd, *_mixed(2)]
    client, _, _ = _serve(sx.dumps(payload))
    received = list(events_op.stream(client=client))
    assert len(received) == 6
    kept = received[3]
    assert isinstance(kept, sx.module("_decoding").UnknownVariant)
    assert kept.type == "bounce" and kept.raw == odd
    assert kept.error is not None and "missing required field" in kept.error


# -- forward compatibility --------------------------------------------------------------------


def test_unknown_event_type_passes_through_as_a_generic_event(pkg: Any, events_op: Any) -> None:
    complaint = {"type": "complaint", "id": sx.event_id(99), "timestamp": 5, "feedback": {"kind": "abuse"}}
    payload = [sx.hit(1, 1), complaint, sx.bounce(2, 9)]
    client, _, _ = _serve(sx.dumps(payload), chunk=40)
    received = list(events_op.stream(client=client))
    assert len(received) == 3
    generic = received[1]
    assert isinstance(generic, sx.module("_decoding").UnknownVariant)
    assert generic.type == "complaint" and generic.raw == complaint  # the raw event, kept whole
    assert isinstance(received[0], pkg.models.FixtureHitEvent)
    assert isinstance(received[2], pkg.models.FixtureBounceEvent)


# -- the real generated client ----------------------------------------------------------------


def _real_operation() -> Any:
    try:
        from np6.api.email_sms_events import list_all_action_events
    except ImportError:
        return None
    return list_all_action_events if hasattr(list_all_action_events, "stream") else None


def test_real_client_streams_and_polls_action_events() -> None:
    """GET /actions/events of the generated np6: its documented example, varied, streamed and polled."""
    op = _real_operation()
    if op is None:
        pytest.skip("np6.api.email_sms_events.list_all_action_events has no stream() yet (regenerate)")
    from pathlib import Path

    import yaml

    import np6

    spec = yaml.safe_load((Path(np6.__file__).parent / "openapi.yaml").read_text(encoding="utf-8"))
    example = spec["paths"]["/actions/events"]["get"]["responses"]["200"]["content"]["application/json"]["example"]
    payload = []
    for n in range(300):
        event = json.loads(json.dumps(example[n % len(example)]))
        event["id"] = sx.event_id(n)
        event["timestamp"] = 1614089593000 + n // 2
        payload.append(event)
    payload.insert(7, {"type": "futureKind", "id": sx.event_id(10_000), "timestamp": 1614089593003, "extra": [1]})
    queries: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/actions/events"
        queries.append(request.url)
        low, high = int(request.url.params["start"]), int(request.url.params["end"])
        selected = [e for e in payload if low <= e["timestamp"] < high]
        return httpx.Response(200, stream=sx.Chunks(sx.chunked(json.dumps(selected).encode(), 333)))

    transport = httpx.MockTransport(handler)
    with np6.Client(api_key=sx.KEY, base_url="http://np6.test", transport=transport) as client:
        whole = {"start": 0, "end": 2**53}
        streamed = list(op.stream(client=client, **whole))
        buffered = op.sync(client=client, **whole)
        poller = op.poll(client=client, start=1614089593000, until=1614089593000 + 200, window=0.05)
        polled = list(poller)
    assert [e.to_dict() for e in streamed] == [e.to_dict() for e in buffered]
    assert [str(e.to_dict()["id"]) for e in streamed] == [e["id"] for e in payload]
    first = streamed[0]
    assert type(first).__name__ == example[0]["type"].capitalize() + "Event"
    assert first.timestamp == 1614089593000
    assert first.to_dict()["source"] == example[0]["source"]
    unknown = streamed[7]
    assert type(unknown).__name__ == "UnknownBaseEvent"
    assert unknown.to_dict()["extra"] == [1]
    assert [str(e.to_dict()["id"]) for e in polled] == [e["id"] for e in payload]
    assert len(queries) == 2 + 4  # stream, sync, then four 50 ms windows
    assert queries[2].params["sort"] == "asc"
