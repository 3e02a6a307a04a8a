"""Helpers of the runtime tests (tests/test_runtime_*.py, tests/test_decoding.py).

* :class:`FakeClock`: the retry loop's time sources, so retries run without waiting and the
  waits they chose can be asserted;
* :class:`Script`: an ``httpx.MockTransport`` handler answering a scripted sequence of
  responses and transport errors, recording every request it saw (sync and async clients);
* :func:`make_client`: an ``np6.Client`` over a script and a fake clock;
* :func:`call`: run an operation's ``sync``/``asyncio`` (or ``*_detailed``) by mode, so one test
  body checks both;
* :func:`render_fixture`: render ``tests/fixtures/runtime`` (union shapes the real spec lacks)
  with the project's pipeline into an importable package ``np6_runtime_fixture``.
"""

from __future__ import annotations

import asyncio
import atexit
import importlib
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from np6 import Client
from np6._transport import Clock

REPO = Path(__file__).resolve().parents[1]
FIXTURE_SPEC = REPO / "tests" / "fixtures" / "runtime"
SECRET = "np6-test-key-3f9a0c7e5b1d4a2f"
BASE_URL = "https://api-cm.np6.com"
EPOCH = 1_750_000_000.0
MODES = ["sync", "async"]


@dataclass
class FakeClock:
    """Monotonic and wall time that only move when something sleeps (or ``advance`` is called)."""

    now: float = 0.0
    sleeps: list[float] = field(default_factory=list)

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> float:
        return EPOCH + self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def clock(self) -> Clock:
        return Clock(monotonic=self.monotonic, wall=self.wall, sleep=self.sleep, async_sleep=self.async_sleep)


Step = httpx.Response | BaseException | Callable[[httpx.Request], httpx.Response]


def reply(
    status: int = 200, json: Any = None, *, headers: dict[str, str] | None = None, content: bytes | None = None
) -> httpx.Response:
    """A scripted response (JSON ``json``, or raw ``content``)."""
    all_headers = {"x-request-id": f"req-{status}", **(headers or {})}
    if content is not None:
        return httpx.Response(status, content=content, headers=all_headers)
    if json is None:
        return httpx.Response(status, headers=all_headers)
    return httpx.Response(status, json=json, headers=all_headers)


class Script:
    """Answers each request with the next step; the last step repeats when the script runs out."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []
        self.timeouts: list[dict[str, float | None]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.timeouts.append(dict(request.extensions.get("timeout", {})))
        step = self.steps[min(len(self.requests), len(self.steps)) - 1]
        if isinstance(step, BaseException):
            # A fresh exception each time, bound to this request.
            raise type(step)(str(step), request=request)  # type: ignore[call-arg]
        if isinstance(step, httpx.Response):
            return httpx.Response(step.status_code, content=step.content, headers=step.headers)
        return step(request)

    @property
    def count(self) -> int:
        return len(self.requests)


def make_client(script: Script, clock: FakeClock | None = None, **kwargs: Any) -> Client:
    transport = httpx.MockTransport(script)
    return Client(
        api_key=SECRET,
        base_url=BASE_URL,
        transport=transport,
        async_transport=transport,
        clock=(clock or FakeClock()).clock(),
        **kwargs,
    )


def call(mode: str, operation: ModuleType, *args: Any, detailed: bool = False, **kwargs: Any) -> Any:
    """``operation.sync(...)`` or ``operation.asyncio(...)`` (``*_detailed`` with ``detailed``)."""
    if mode == "sync":
        function = operation.sync_detailed if detailed else operation.sync
        return function(*args, **kwargs)
    coroutine = operation.asyncio_detailed if detailed else operation.asyncio
    return asyncio.run(coroutine(*args, **kwargs))


def request(mode: str, client: Client, **kwargs: Any) -> httpx.Response:
    """``client.request(...)`` or ``client.arequest(...)``."""
    if mode == "sync":
        return client.request(**kwargs)
    return asyncio.run(client.arequest(**kwargs))


# -- the fixture package ------------------------------------------------------------------------

_RENDERED: dict[str, Path] = {}


def render_fixture(package: str = "np6_runtime_fixture") -> tuple[ModuleType, Path]:
    """Render the runtime fixture spec (once per process) and import it as ``package``."""
    if package not in _RENDERED:
        from generator.generate import Paths, render

        work = Path(tempfile.mkdtemp(prefix="np6-runtime-fixture-"))
        atexit.register(shutil.rmtree, work, True)
        spec = work / "spec"
        shutil.copytree(FIXTURE_SPEC, spec)
        shutil.copyfile(REPO / "spec" / "components" / "common.yaml", spec / "components" / "common.yaml")
        render(Paths(spec=spec), work / "out", lint=False)
        pkgs = work / "pkgs"
        pkgs.mkdir()
        shutil.move(str(work / "out" / "np6"), str(pkgs / package))
        shutil.copyfile(work / "out" / "pyproject.toml", pkgs / "pyproject.toml")
        _RENDERED[package] = pkgs
        sys.path.insert(0, str(pkgs))
    return importlib.import_module(package), _RENDERED[package]
