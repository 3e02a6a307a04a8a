"""Per-call overhead of the generated client against raw httpx, on a loopback server.

The server runs in its own process (so it does not share the client's GIL): a keep-alive
HTTP/1.1 server answering ``GET /segments`` with the three segments of the spec's example.
Measured, alternating in one process, CALLS calls per round, median of ROUNDS rounds:

* raw httpx: ``httpx.Client.get("/segments", headers={"X-Key": ...})`` + ``raise_for_status()``
  + ``.json()`` (plain dicts);
* ours: ``list_segments.sync(client=client)`` -- the transport layer (key, retry bookkeeping,
  log check), typed-error check and decoding into ``Segment`` models;
* ours async / raw httpx async: the same with ``AsyncClient`` and ``asyncio()``;
* in memory: both again over ``httpx.MockTransport`` (no socket), which isolates the
  client-side cost from the server's.

Goal: ours <= 1.10x raw httpx.

    .venv/bin/python bench/overhead.py [CALLS] [ROUNDS]
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "generated"))

import httpx  # noqa: E402

from np6 import Client  # noqa: E402
from np6.api.segment import list_segments  # noqa: E402

KEY = "bench-key"
SERVER = r"""
import json, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BODY = json.dumps([
    {"type": "static", "id": 41, "name": "static segment", "description": "segment's description",
     "creation": "2023-03-01T10:00:00Z", "targetsCount": 4398, "isTest": False},
    {"type": "static", "id": 56, "name": "test static segment", "creation": "2023-03-02T10:00:00Z",
     "targetsCount": 12, "isTest": True},
    {"type": "dynamic", "id": 57, "name": "test dynamic segment", "creation": "2023-03-03T10:00:00Z",
     "parentId": 41, "isTest": True},
]).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as two writes

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY)))
        self.send_header("x-request-id", "bench")
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
"""


def _time_sync(function: Callable[[], Any], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        function()
    return (time.perf_counter() - started) / calls


def _time_async(function: Callable[[], Awaitable[Any]], calls: int) -> float:
    async def run() -> float:
        started = time.perf_counter()
        for _ in range(calls):
            await function()
        return (time.perf_counter() - started) / calls

    return asyncio.run(run())


def main() -> int:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    server = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        base_url = f"http://127.0.0.1:{int(server.stdout.readline())}"
        raw = httpx.Client(base_url=base_url)
        ours = Client(api_key=KEY, base_url=base_url)

        def raw_call() -> Any:
            response = raw.get("/segments", headers={"X-Key": KEY})
            response.raise_for_status()
            return response.json()

        def ours_call() -> Any:
            return list_segments.sync(client=ours)

        results: dict[str, list[float]] = {name: [] for name in ("raw", "ours", "raw async", "ours async")}
        assert len(raw_call()) == len(ours_call()) == 3
        for _ in range(rounds):
            results["raw"].append(_time_sync(raw_call, calls))
            results["ours"].append(_time_sync(ours_call, calls))

        async def async_rounds() -> None:
            async with httpx.AsyncClient(base_url=base_url) as raw_async:
                ours_async = Client(api_key=KEY, base_url=base_url)

                async def raw_acall() -> Any:
                    response = await raw_async.get("/segments", headers={"X-Key": KEY})
                    response.raise_for_status()
                    return response.json()

                async def ours_acall() -> Any:
                    return await list_segments.asyncio(client=ours_async)

                for _ in range(rounds):
                    for name, function in (("raw async", raw_acall), ("ours async", ours_acall)):
                        started = time.perf_counter()
                        for _ in range(calls):
                            await function()
                        results[name].append((time.perf_counter() - started) / calls)
                await ours_async.aclose()

        asyncio.run(async_rounds())
        body = raw_call()
        mock = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
        raw_mem = httpx.Client(base_url=base_url, transport=mock)
        ours_mem = Client(api_key=KEY, base_url=base_url, transport=mock)

        def raw_mem_call() -> Any:
            response = raw_mem.get("/segments", headers={"X-Key": KEY})
            response.raise_for_status()
            return response.json()

        results["raw in memory"], results["ours in memory"] = [], []
        for _ in range(rounds):
            results["raw in memory"].append(_time_sync(raw_mem_call, calls * 4))
            results["ours in memory"].append(_time_sync(lambda: list_segments.sync(client=ours_mem), calls * 4))
        raw.close()
        ours.close()
    finally:
        server.terminate()
        server.wait()

    median = {name: statistics.median(values) for name, values in results.items()}
    print(f"GET /segments on loopback, {calls} calls x {rounds} rounds, median per call")
    for kind in ("", " async", " in memory"):
        raw_time, ours_time = median["raw" + kind], median["ours" + kind]
        label = kind.strip() or "sync"
        print(
            f"  {label:9s}  raw httpx {raw_time * 1e6:7.1f} us   ours {ours_time * 1e6:7.1f} us   "
            f"ratio {ours_time / raw_time:4.2f}x   (+{(ours_time - raw_time) * 1e6:.1f} us)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
