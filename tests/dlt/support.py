"""A loopback NP6 serving events by time window, and the dlt pipelines of the tests.

:class:`EventNP6` answers the event operations the way NP6 documents them: the events of the
requested path whose ``timestamp`` is in ``[start, end)`` (``reactivityStart``/``reactivityEnd``
for reactivity operations), ascending. Faults are scheduled per request number: a 503, a body
cut after some bytes. Every request is recorded with its window.
"""

from __future__ import annotations

import datetime
import json
import socket
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dlt
import pytest

from tests.support.loopback import Answer, LoopbackServer, Received

T0 = 1_767_225_600_000  # 2026-01-01T00:00:00Z, ms
HOUR = 3_600_000
WINDOW = datetime.timedelta(hours=1)
KEY = "dlt-test-key-0c3a9f51e7b2"

ALL_ACTION_EVENTS = "/actions/events"
ALL_BOUNCE_REACTIVITIES = "/actions/reactivities/bounces"
ACTION_BOUNCES = "/actions/000PE4/events/bounces"
KINDS = ("activation", "bounce", "hit", "cancellation", "execution")


def event(timestamp: int, kind: str | None, *, event_id: str | None = None, n: int = 0) -> dict[str, Any]:
    """An NP6 event (``kind`` None: no ``type``; ``event_id`` None: a fresh UUID)."""
    item: dict[str, Any] = {
        "id": event_id or str(uuid.UUID(int=(timestamp << 20) + n)),
        "timestamp": timestamp,
        "identity": {"type": "customer", "agency": "AG", "customer": "C42"},
        "source": {"type": "email", "detail": {"activation": {"id": f"act-{n % 7}"}, "link": {"label": f"u{n % 3}"}}},
    }
    if kind is not None:
        item["type"] = kind
    return item


def spread(count: int, hours: int, *, kinds: tuple[str, ...] = KINDS, salt: int = 0) -> list[dict[str, Any]]:
    """``count`` events spread over ``hours`` hours from T0, several sharing a millisecond."""
    step = hours * HOUR // count
    return [event(T0 + (i // 3) * 3 * step, kinds[i % len(kinds)], n=i + salt) for i in range(count)]


def _ms(value: str) -> int:
    if value.lstrip("-").isdigit():
        return int(value)
    return round(datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp() * 1000)


@dataclass
class Fault:
    status: int = 503
    #: Send this many bytes of the (200) body, then close the connection.
    cut_after: int | None = None


@dataclass
class EventNP6:
    """Events per path, served by window; ``faults`` by request number (0-based)."""

    events: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    faults: dict[int, Fault] = field(default_factory=dict)
    windows: list[tuple[str, int, int]] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, request: Received) -> Answer:
        query = {k: v[0] for k, v in request.query.items()}
        start = query.get("start", query.get("reactivityStart"))
        end = query.get("end", query.get("reactivityEnd"))
        with self._lock:
            number = len(self.windows)
            self.keys.add(request.header("X-Key") or "")
            if start is None or end is None:
                return Answer(400, b'{"error": "no window"}', {"Content-Type": "application/json"})
            low, high = _ms(start), _ms(end)
            self.windows.append((request.path, low, high))
            fault = self.faults.pop(number, None)
        selected = sorted(
            (e for e in self.events.get(request.path, []) if low <= e["timestamp"] < high), key=lambda e: e["timestamp"]
        )
        body = json.dumps(selected).encode()
        headers = {"Content-Type": "application/json", "x-request-id": f"rid-{number}"}
        if fault is not None and fault.cut_after is None:
            return Answer(fault.status, b"", headers)
        if fault is not None:
            return Answer(200, body, headers, cut_after=fault.cut_after)
        return Answer(200, body, headers)

    def requests_to(self, path: str) -> list[tuple[int, int]]:
        return [(low, high) for p, low, high in self.windows if p == path]


@dataclass
class Served:
    np6: EventNP6
    server: LoopbackServer

    @property
    def url(self) -> str:
        return self.server.url


@pytest.fixture
def served() -> Iterator[Served]:
    np6 = EventNP6()
    with LoopbackServer(np6) as server:
        yield Served(np6, server)


@pytest.fixture(autouse=True)
def offline_dlt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """dlt with no telemetry, its data dir and config in the test's directory, no network but loopback."""
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt-data"))
    monkeypatch.delenv("NP6_API_KEY", raising=False)
    monkeypatch.delenv("NP6_BASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    connect = socket.socket.connect

    def loopback_only(sock: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else address
        if sock.family in (socket.AF_INET, socket.AF_INET6) and host not in ("127.0.0.1", "::1", "localhost"):
            raise AssertionError(f"the test tried to reach {address!r}: only loopback is allowed")
        return connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", loopback_only)


def pipeline(tmp_path: Path, name: str = "np6_acme") -> dlt.Pipeline:
    """A dlt pipeline into DuckDB in ``tmp_path`` (its working directory there too)."""
    return dlt.pipeline(
        pipeline_name=name,
        pipelines_dir=str(tmp_path / "pipelines"),
        destination=dlt.destinations.duckdb(str(tmp_path / "warehouse.duckdb")),
        dataset_name=name,
    )


def rows(pipe: dlt.Pipeline, table: str, columns: str = "id") -> list[tuple[Any, ...]]:
    """The rows of ``table`` in the pipeline's DuckDB dataset (empty when the table does not exist)."""
    with pipe.sql_client() as client:
        if not client.has_dataset():
            return []
        tables = client.execute_sql(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s", pipe.dataset_name
        )
        if table not in {r[0] for r in tables or []}:
            return []
        qualified = client.make_qualified_table_name(table)
        return [tuple(r) for r in client.execute_sql(f"SELECT {columns} FROM {qualified} ORDER BY id") or []]
