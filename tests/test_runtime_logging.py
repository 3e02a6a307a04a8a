"""Logging and key hygiene (issue 6, item 6), sync and async: one DEBUG line per request on the
``np6`` logger, and the X-Key never in a log line (ours, httpx's or httpcore's, on a real
loopback server), a repr or an exception text."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
import traceback
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from np6 import Client, errors
from np6.api.field import get_field
from np6.api.segment import get_segment, list_segments
from tests.runtime_fixture import MODES, SECRET, FakeClock, Script, call, make_client, reply

SEGMENTS = [{"type": "static", "id": 41, "name": "static segment"}]
LINE = re.compile(
    r"^(?P<method>[A-Z]+) (?P<path>\S+) -> (?P<outcome>\S+) request_id=(?P<rid>\S+) elapsed_ms=\d+ "
    r"retries=(?P<retries>\d+)(?: \((?P<history>[^)]*)\))? operation=(?P<operation>\S+)$"
)


def _np6_lines(caplog: pytest.LogCaptureFixture) -> list[re.Match[str]]:
    lines = [r.getMessage() for r in caplog.records if r.name == "np6" and r.levelno == logging.DEBUG]
    matches = [LINE.match(line) for line in lines]
    assert all(matches), lines
    return [m for m in matches if m]


@pytest.mark.parametrize("mode", MODES)
def test_one_debug_line_per_request_with_its_facts(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="np6")
    script = Script(reply(503), reply(200, SEGMENTS, headers={"x-request-id": "rid-ok"}))
    call(mode, list_segments, client=make_client(script))
    (line,) = _np6_lines(caplog)
    assert line["method"] == "GET" and line["path"] == "/segments"
    assert (line["outcome"], line["rid"], line["retries"], line["history"]) == ("200", "rid-ok", "1", "503")
    assert line["operation"] == "list_segments"

    caplog.clear()
    script = Script(httpx.ConnectError("refused"))
    with pytest.raises(errors.APIConnectionError):
        call(mode, get_segment, 41, client=make_client(script))
    (line,) = _np6_lines(caplog)
    assert (line["path"], line["outcome"], line["rid"], line["retries"]) == ("/segments/41", "ConnectError", "-", "2")
    assert line["history"] == "ConnectError, ConnectError"


def test_nothing_is_logged_above_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="np6")
    call("sync", list_segments, client=make_client(Script(reply(200, SEGMENTS))))
    assert [r for r in caplog.records if r.name == "np6"] == []


# -- the key never appears -----------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    routes = {
        "/segments": (200, json.dumps(SEGMENTS).encode()),
        "/segments/1": (401, b""),
        "/segments/2": (409, b""),
        "/segments/3": (429, b'{"message": "slow down"}'),
        "/segments/4": (503, b"<html>unavailable</html>"),
        "/fields/5": (200, b'{"type":"email","id":5,"name":"Em'),
    }

    def do_GET(self) -> None:
        status, body = self.routes.get(self.path, (404, b""))
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("x-request-id", f"rid-{status}")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def loopback() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _texts(error: BaseException) -> list[str]:
    return [str(error), repr(error), *map(str, error.args), "".join(traceback.format_exception(error))]


SCENARIO: list[tuple[object, tuple[object, ...], type[BaseException] | None]] = [
    (list_segments, (), None),
    (get_segment, (1,), errors.AuthenticationError),
    (get_segment, (2,), errors.ConflictError),
    (get_segment, (3,), errors.RateLimitError),
    (get_segment, (4,), errors.InternalServerError),
    (get_field, (5,), errors.DecodeError),
]


def _run_sync(client: Client) -> list[BaseException]:
    raised = []
    for operation, args, expected in SCENARIO:
        try:
            operation.sync(*args, client=client)  # type: ignore[attr-defined]
        except errors.NP6Error as error:
            assert type(error) is expected
            raised.append(error)
    return raised


async def _run_async(client: Client) -> list[BaseException]:
    raised = []
    for operation, args, expected in SCENARIO:
        try:
            await operation.asyncio(*args, client=client)  # type: ignore[attr-defined]
        except errors.NP6Error as error:
            assert type(error) is expected
            raised.append(error)
    await client.aclose()
    return raised


@pytest.mark.parametrize("mode", MODES)
def test_the_key_is_in_no_log_line_repr_or_error_text(
    mode: str, loopback: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: np6, httpx, httpcore
    client = Client(api_key=SECRET, base_url=loopback, clock=FakeClock().clock())
    httpx_client = client.get_httpx_client() if mode == "sync" else client.get_async_httpx_client()
    things = [
        client,
        client.with_options(max_retries=0, read_timeout=5),
        client.options,
        httpx_client,
        httpx_client._transport,
    ]
    seen_errors = _run_sync(client) if mode == "sync" else asyncio.run(_run_async(client))
    assert len(seen_errors) == 5
    refused = Client(api_key=SECRET, base_url="http://127.0.0.1:9", max_retries=0)
    with pytest.raises(errors.APIConnectionError) as connection_error:
        call(mode, list_segments, client=refused)
    seen_errors.append(connection_error.value)
    with pytest.raises(errors.APITimeoutError) as timeout_error:
        call(mode, list_segments, client=make_client(Script(httpx.ReadTimeout("slow")), max_retries=0))
    seen_errors.append(timeout_error.value)

    assert any(record.name.startswith("httpcore") for record in caplog.records), "httpcore debug logs expected"
    assert sum(1 for record in caplog.records if record.name == "np6") == len(SCENARIO) + 2  # one per request
    for record in caplog.records:
        assert SECRET not in record.getMessage()
    for error in seen_errors:
        for text in _texts(error):
            assert SECRET not in text
    for thing in things:
        assert SECRET not in repr(thing) and SECRET not in str(thing)
    client.close()
