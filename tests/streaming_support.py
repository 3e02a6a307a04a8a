"""Shared helpers of tests/test_streaming.py, tests/test_polling.py and bench/events_stream.py.

``fixture_package()`` renders ``tests/fixtures/streaming`` (a small spec with NP6-shaped event
operations) through the project's own pipeline (``generator.generate.render``: bundle, validate,
openapi-python-client with ``templates/``, package templates, ruff) once per process, renamed
``np6_streaming_fixture`` so it lives next to the real ``np6``. The helpers below build event
payloads and httpx transports that serve them.
"""

from __future__ import annotations

import atexit
import functools
import importlib
import json
import shutil
import sys
import tempfile
import uuid
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
FIXTURE_SPEC = REPO / "tests" / "fixtures" / "streaming"
PACKAGE = "np6_streaming_fixture"
#: A stand-in key: the tests check it never shows up where it must not.
KEY = "streaming-test-key-0123456789"


@functools.cache
def fixture_package() -> ModuleType:
    """The fixture client package (rendered on first use, removed at exit)."""
    from generator.generate import Paths, render

    work = Path(tempfile.mkdtemp(prefix="np6-streaming-"))
    atexit.register(shutil.rmtree, work, True)
    spec = work / "spec"
    shutil.copytree(FIXTURE_SPEC, spec)
    shutil.copyfile(REPO / "spec" / "components" / "common.yaml", spec / "components" / "common.yaml")
    out = work / "out"
    render(Paths(spec=spec), out, lint=False)
    pkgs = work / "pkgs"
    pkgs.mkdir()
    shutil.move(str(out / "np6"), str(pkgs / PACKAGE))
    sys.path.insert(0, str(pkgs))
    return importlib.import_module(PACKAGE)


def module(name: str) -> ModuleType:
    """A module of the fixture package, e.g. ``module("api.fixture_events.list_fixture_events")``."""
    fixture_package()
    return importlib.import_module(f"{PACKAGE}.{name}")


def event_id(n: int) -> str:
    return str(uuid.UUID(int=n))


def hit(n: int, timestamp: int, **extra: Any) -> dict[str, Any]:
    """A synthetic hit event (varied by ``n``), shaped like NP6's."""
    event: dict[str, Any] = {
        "type": "hit",
        "id": event_id(n),
        "timestamp": timestamp,
        "identity": {"type": "customer", "agency": "DEMO", "customer": "028"},
        "link": {"type": "redirection" if n % 3 else "open", "label": f"link {n % 17}", "value": f"https://ex.com/{n}"},
        "client": {
            "ip": {"type": "v4", "value": f"10.0.{n % 256}.{(n // 256) % 256}"},
            "ua": {"ua": "Mozilla/5.0 (Macintosh)", "os": "macOS"},
        },
        "score": n / 7,
    }
    event.update(extra)
    return event


def bounce(n: int, timestamp: int, verdict: str = "hard") -> dict[str, Any]:
    return {
        "type": "bounce",
        "id": event_id(n),
        "timestamp": timestamp,
        "identity": {"type": "customer", "agency": "DEMO", "customer": "028"},
        "verdict": verdict,
    }


def dumps(events: Iterable[Any]) -> bytes:
    return json.dumps(list(events)).encode()


def chunked(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body served chunk by chunk, optionally failing after the last chunk.

    ``served`` counts the chunks handed out, so a test can tell how far the reader got.
    """

    def __init__(self, chunks: list[bytes], fail: BaseException | None = None):
        self.chunks = chunks
        self.fail = fail
        self.served = 0
        self.closed = False

    def _iterate(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.served += 1
            yield chunk
        if self.fail is not None:
            raise self.fail

    def __iter__(self) -> Iterator[bytes]:
        return self._iterate()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._iterate():
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


Handler = Callable[[httpx.Request], httpx.Response]


def client(handler: Handler, **options: Any) -> Any:
    """A fixture ``Client`` over an ``httpx.MockTransport`` (sync and async), no retry delays."""
    pkg = fixture_package()
    transport = httpx.MockTransport(handler)
    options.setdefault("retry", pkg.client.RetryPolicy(max_retries=2, initial_delay=0.0, jitter=0.0))
    return pkg.Client(
        api_key=KEY, base_url="http://np6.test", transport=transport, async_transport=transport, **options
    )
