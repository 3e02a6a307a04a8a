"""`make record` path: recording a real exchange writes no key into the cassette.

NP6 itself is out of reach, so a loopback HTTP server plays NP6; the client, its transport and
the project's vcr configuration (tests/conftest.py) are the real ones.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import vcr
import yaml

from np6 import Client
from np6.api.segment import list_segments
from tests.conftest import json_body_matcher

SECRET = "recording-secret-key-0123456789"


class _FakeNP6(BaseHTTPRequestHandler):
    seen_keys: list[str | None] = []

    def do_GET(self) -> None:
        type(self).seen_keys.append(self.headers.get("X-Key"))
        body = json.dumps([{"type": "static", "id": 41, "name": "static segment"}]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("x-request-id", "rec-1")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def fake_np6() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeNP6)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_recorded_cassette_holds_no_key(fake_np6: str, tmp_path: Path, vcr_config: dict[str, Any]) -> None:
    recorder = vcr.VCR(record_mode="all", **vcr_config)
    recorder.register_matcher("json_body", json_body_matcher)
    cassette = tmp_path / "recorded.yaml"
    with recorder.use_cassette(str(cassette)), Client(api_key=SECRET, base_url=fake_np6) as client:
        segments = list_segments.sync(client=client)
    assert [s.id for s in segments] == [41]
    assert _FakeNP6.seen_keys[-1] == SECRET  # the key did go to the server...
    text = cassette.read_text(encoding="utf-8")
    assert SECRET not in text  # ...but not into the cassette
    headers = yaml.safe_load(text)["interactions"][0]["request"]["headers"]
    assert {name.lower(): value for name, value in headers.items()}["x-key"] == ["REDACTED"]

    # and the recorded cassette replays (record mode none) without the server's help
    replayer = vcr.VCR(record_mode="none", **vcr_config)
    replayer.register_matcher("json_body", json_body_matcher)
    with replayer.use_cassette(str(cassette)), Client(api_key="other", base_url=fake_np6) as client:
        before = len(_FakeNP6.seen_keys)
        assert [s.name for s in list_segments.sync(client=client)] == ["static segment"]
        assert len(_FakeNP6.seen_keys) == before
