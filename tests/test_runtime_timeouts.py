"""Timeouts (issue 6, item 5): connect and read set separately, per client and per call, a
retry's timeouts cut to the budget, and real timeouts on a loopback socket become typed errors."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from np6 import Client, RetryPolicy, errors
from np6.api.segment import list_segments
from np6.client import DEFAULT_TIMEOUT
from tests.runtime_fixture import MODES, SECRET, FakeClock, Script, call, make_client, reply

SEGMENTS = [{"type": "static", "id": 41, "name": "static segment"}]


def _seen(mode: str, client: Client, script: Script) -> dict[str, float | None]:
    call(mode, list_segments, client=client)
    return script.timeouts[-1]


@pytest.mark.parametrize("mode", MODES)
def test_defaults_connect_fast_and_read_patiently(mode: str) -> None:
    script = Script(reply(200, SEGMENTS))
    seen = _seen(mode, make_client(script), script)
    assert seen == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 10.0}
    assert DEFAULT_TIMEOUT.connect == 5.0 and DEFAULT_TIMEOUT.read == 60.0


@pytest.mark.parametrize("mode", MODES)
def test_connect_and_read_per_client(mode: str) -> None:
    script = Script(reply(200, SEGMENTS))
    client = make_client(script, connect_timeout=2.0, read_timeout=30.0)
    assert _seen(mode, client, script) == {"connect": 2.0, "read": 30.0, "write": 60.0, "pool": 10.0}

    client = make_client(script, timeout=httpx.Timeout(10.0, connect=1.0))
    assert _seen(mode, client, script) == {"connect": 1.0, "read": 10.0, "write": 10.0, "pool": 10.0}

    client = make_client(script, timeout=None)
    assert _seen(mode, client, script) == {"connect": None, "read": None, "write": None, "pool": None}


@pytest.mark.parametrize("mode", MODES)
def test_connect_and_read_per_call(mode: str) -> None:
    script = Script(reply(200, SEGMENTS))
    client = make_client(script, connect_timeout=2.0)
    assert _seen(mode, client.with_options(read_timeout=300.0), script)["read"] == 300.0
    assert _seen(mode, client.with_options(read_timeout=300.0), script)["connect"] == 2.0
    assert _seen(mode, client.with_options(timeout=3.0), script) == {
        k: 3.0 for k in ("connect", "read", "write", "pool")
    }
    # the client itself is unchanged
    assert _seen(mode, client, script) == {"connect": 2.0, "read": 60.0, "write": 60.0, "pool": 10.0}


@pytest.mark.parametrize("mode", MODES)
def test_retries_get_what_is_left_of_the_budget(mode: str) -> None:
    clock = FakeClock()

    def slow_503(request: httpx.Request) -> httpx.Response:
        clock.advance(50.0)
        return httpx.Response(503)

    script = Script(slow_503, reply(200, SEGMENTS))
    policy = RetryPolicy(initial_delay=1.0, jitter=0.0, total_budget=60.0)
    call(mode, list_segments, client=make_client(script, clock, retry=policy))
    first, second = script.timeouts
    assert first["read"] == 60.0  # the first attempt keeps its own timeouts
    assert second["read"] == pytest.approx(9.0) and second["connect"] == 5.0  # 60 - 50 - 1 s wait


@pytest.fixture
def silent_server() -> Iterator[tuple[str, int]]:
    """A loopback server that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.05)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    server.close()


def _closed_port() -> int:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port: int = probe.getsockname()[1]
    probe.close()
    return port


@pytest.mark.parametrize("mode", MODES)
def test_a_read_timeout_on_loopback_is_an_api_timeout_error(mode: str, silent_server: tuple[str, int]) -> None:
    host, port = silent_server
    client = Client(api_key=SECRET, base_url=f"http://{host}:{port}", read_timeout=0.3, max_retries=0)
    started = time.monotonic()
    with pytest.raises(errors.APITimeoutError) as info:
        call(mode, list_segments, client=client)
    assert time.monotonic() - started < 5.0
    assert info.value.sent is True
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


@pytest.mark.parametrize("mode", MODES)
def test_connection_refused_on_loopback_is_retried_then_typed(mode: str) -> None:
    clock = FakeClock()
    client = Client(api_key=SECRET, base_url=f"http://127.0.0.1:{_closed_port()}", clock=clock.clock())
    with pytest.raises(errors.APIConnectionError) as info:
        call(mode, list_segments, client=client)
    assert type(info.value) is errors.APIConnectionError
    assert info.value.sent is False and info.value.retries == 2 and len(clock.sleeps) == 2
    if mode == "async":
        asyncio.run(client.aclose())
    client.close()
