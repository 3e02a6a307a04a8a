"""Async parity (issue 6, item 7). Every behaviour of the other runtime tests runs in both modes
(their ``mode`` parameter); this file checks what only the async side can get wrong: waits
that would block the event loop, and concurrent requests sharing one client."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from np6 import Client, errors
from np6._transport import Clock
from np6.api.email_sms_actions import send_action_messages
from np6.api.segment import get_segment, list_segments
from np6.models import ExecutionEmailRequest, ExecutionSuccess, RecipientById
from tests.runtime_fixture import BASE_URL, SECRET, reply


def _no_blocking_sleep(seconds: float) -> None:
    raise AssertionError("the async transport must not call the blocking sleep")


async def test_async_retries_wait_without_blocking_the_loop() -> None:
    waited: list[float] = []

    async def async_sleep(seconds: float) -> None:
        waited.append(seconds)
        await asyncio.sleep(0)

    answers = iter([reply(429, headers={"Retry-After": "3"}), reply(200, [{"type": "static", "id": 41, "name": "s"}])])
    transport = httpx.MockTransport(lambda request: next(answers))
    clock = Clock(sleep=_no_blocking_sleep, async_sleep=async_sleep)
    async with Client(api_key=SECRET, base_url=BASE_URL, async_transport=transport, clock=clock) as client:
        segments = await list_segments.asyncio(client=client)
    assert segments[0].id == 41 and waited == [3.0]


async def test_concurrent_calls_retry_independently() -> None:
    attempts: dict[str, int] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        attempts[request.url.path] = attempts.get(request.url.path, 0) + 1
        if attempts[request.url.path] == 1:
            return httpx.Response(503)
        segment_id = int(request.url.path.rsplit("/", 1)[1])
        return httpx.Response(200, json={"type": "static", "id": segment_id, "name": f"s{segment_id}"})

    async def no_wait(seconds: float) -> None:
        await asyncio.sleep(0)

    clock = Clock(sleep=_no_blocking_sleep, async_sleep=no_wait)
    async with Client(
        api_key=SECRET, base_url=BASE_URL, async_transport=httpx.MockTransport(handler), clock=clock
    ) as client:
        segments = await asyncio.gather(*(get_segment.asyncio(i, client=client) for i in range(1, 21)))
    assert [s.id for s in segments] == list(range(1, 21))
    assert set(attempts.values()) == {2}


async def test_async_sends_are_never_repeated_and_opt_in_works() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(503) if len(seen) % 2 else httpx.Response(200, json=[{"type": "success", "id": "x"}])

    async def no_wait(seconds: float) -> None:
        return None

    body = [ExecutionEmailRequest(recipient=RecipientById(value="000R4M0T"))]
    clock = Clock(sleep=_no_blocking_sleep, async_sleep=no_wait)
    async with Client(
        api_key=SECRET, base_url=BASE_URL, async_transport=httpx.MockTransport(handler), clock=clock
    ) as client:
        with pytest.raises(errors.InternalServerError):
            await send_action_messages.asyncio("000PE4", client=client, body=body)
        assert len(seen) == 1
        seen.clear()
        results = await send_action_messages.asyncio("000PE4", client=client.with_options(retry_unsafe=True), body=body)
        assert len(seen) == 2 and isinstance(results[0], ExecutionSuccess) and results[0].id == "x"
