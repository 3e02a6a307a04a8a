"""Clients of the real ``np6`` package pointed at a loopback server, and sync/async dispatch."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx

from np6 import Client, RetryPolicy

#: A stand-in key: tests check it never shows up where it must not.
KEY = "loopback-key-7d41c9e2a8b3f605"
MODES = ["sync", "async"]

T = TypeVar("T")


def loopback_client(url: str, **kwargs: Any) -> Client:
    """A client of ``url`` with fast retries (the real clock; tests bound what they wait)."""
    kwargs.setdefault("retry", RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02, jitter=0.0))
    kwargs.setdefault("timeout", 5.0)
    return Client(api_key=kwargs.pop("api_key", KEY), base_url=url, **kwargs)


def run(mode: str, sync: Callable[..., T], asynchronous: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
    """``sync(*args, **kwargs)``, or the coroutine function ``asynchronous`` run to completion."""
    if mode == "sync":
        return sync(*args, **kwargs)
    return asyncio.run(_closing(asynchronous, args, kwargs))


async def _closing(function: Callable[..., Awaitable[T]], args: tuple[Any, ...], kwargs: dict[str, Any]) -> T:
    client = kwargs.get("client")
    try:
        return await function(*args, **kwargs)
    finally:
        if isinstance(client, Client):
            await client.aclose()


def as_sent(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` as it is now, in a transport (the client masks the key once a
    request is over, so a test that inspects headers later keeps this copy)."""
    content = request.content if isinstance(request.stream, httpx.ByteStream) else b""
    return httpx.Request(request.method, request.url, headers=request.headers.copy(), content=content)
