"""Events at scale: peak memory and speed of ``stream()`` against the buffered ``sync()``.

A loopback HTTP server (its own process; it stops by itself after its request budget or a
deadline) serves N synthetic hit events as one JSON array, generated on the fly with chunked
transfer encoding. Each case runs in a fresh subprocess that reads its own peak RSS
(``ru_maxrss``) at the end, so the cases do not share memory:

* ``baseline``: interpreter, imports and client, no request (the floor of every case);
* ``stream`` of 10,000 and of 1,000,000 events: goal peak(1M) <= 1.2 x peak(10k);
* ``stream`` and ``buffered`` (``sync()``) of 100,000 events: events per second side by side.

Speed is reported per second of the client process's CPU time (``time.process_time``) next to
the wall time: the server shares the machine, and on a throttled VM wall time mostly measures
waiting.

The client is the one rendered from tests/fixtures/streaming (hit events with nested link,
client and identity objects, dispatched on ``type``) with the project's templates.

    .venv/bin/python bench/events_stream.py [--count 1000000] [--small 10000] [--compare 100000]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import socket
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OPERATION = "api.fixture_events.list_fixture_events"
SERVER_DEADLINE = 900.0  # seconds: the server exits by then whatever happens
EVENTS_PER_CHUNK = 512


# -- the server -----------------------------------------------------------------------------------


def _templates() -> list[str]:
    """Varied hit events as %-templates of (id, timestamp)."""
    out = []
    for n in range(64):
        event = {
            "type": "hit",
            "id": "__ID__",
            "timestamp": 0,
            "identity": {"type": "customer", "agency": "DEMO", "customer": f"{n % 9:03d}"},
            "link": {
                "type": ["open", "redirection", "mirror", "form", "unsubscribe"][n % 5],
                "label": None if n % 4 == 0 else f"link {n}",
                "value": f"https://www.example.com/campaign/{n}/landing?utm_source=np6&utm_medium=email",
            },
            "client": {
                "ip": {"type": "v4" if n % 3 else "v6", "value": f"192.0.2.{n}" if n % 3 else f"2001:db8::{n:x}"},
                "ua": {
                    "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15",
                    "os": "iOS",
                },
            },
            "score": n / 3,
        }
        text = json.dumps(event, separators=(",", ":")).replace("%", "%%")
        text = text.replace('"__ID__"', '"%s"').replace('"timestamp":0', '"timestamp":%d')
        out.append(text)
    return out


def _uuid(n: int) -> str:
    h = f"{n:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _body_chunks(count: int) -> Any:
    templates = _templates()
    start = 1_700_000_000_000
    yield b"["
    for first in range(0, count, EVENTS_PER_CHUNK):
        last = min(count, first + EVENTS_PER_CHUNK)
        parts = [templates[n % 64] % (_uuid(n), start + n // 3) for n in range(first, last)]
        text = ",".join(parts)
        yield (text if first == 0 else "," + text).encode()
    yield b"]"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        # /n/<count>/fixture/events?...
        parts = self.path.split("/")
        count = int(parts[2]) if len(parts) > 2 and parts[1] == "n" else 0
        # no Nagle delay between the many writes of one response
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for chunk in _body_chunks(count):
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        self.wfile.write(b"0\r\n\r\n")
        self.server.served += 1  # type: ignore[attr-defined]

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _serve(port_queue: Any, budget: int) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.served = 0  # type: ignore[attr-defined]
    server.timeout = 1.0
    port_queue.put(server.server_address[1])
    deadline = time.monotonic() + SERVER_DEADLINE
    while server.served < budget and time.monotonic() < deadline:  # type: ignore[attr-defined]
        server.handle_request()
    server.server_close()


# -- a case (in its own process) --------------------------------------------------------------


def _child(mode: str, count: int, base_url: str, pkgs: str, package: str) -> None:
    sys.path.insert(0, pkgs)
    import importlib

    pkg = importlib.import_module(package)
    op = importlib.import_module(f"{package}.{OPERATION}")
    hit_type = pkg.models.FixtureHitEvent
    client = pkg.Client(api_key="bench", base_url=f"{base_url}/n/{count}", max_retries=0, timeout=600)
    received = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    if mode == "stream":
        with op.stream(client=client) as events:
            for event in events:
                received += isinstance(event, hit_type)
    elif mode == "buffered":
        received = sum(isinstance(event, hit_type) for event in op.sync(client=client))
    elif mode != "baseline":
        raise SystemExit(f"unknown mode {mode}")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    client.close()
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    backend = importlib.import_module(f"{package}._streaming").BACKEND_NAME
    print(
        json.dumps({"events": received, "seconds": seconds, "cpu": cpu, "rss_mib": rss_kib / 1024, "backend": backend})
    )


def _run(mode: str, count: int, base_url: str, pkgs: Path, package: str) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", mode, str(count), base_url, str(pkgs), package]
    done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=SERVER_DEADLINE)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if mode != "baseline" and result["events"] != count:
        raise SystemExit(f"{mode} {count}: received {result['events']} events")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--compare", type=int, default=100_000)
    parser.add_argument("--child", nargs=5, metavar=("MODE", "COUNT", "URL", "PKGS", "PACKAGE"))
    args = parser.parse_args()
    if args.child:
        mode, count, url, pkgs, package = args.child
        _child(mode, int(count), url, pkgs, package)
        return

    sys.path.insert(0, str(REPO))
    from tests import streaming_support

    pkg = streaming_support.fixture_package()
    pkgs = Path(pkg.__file__).parents[1]
    cases = [
        ("baseline", 0),
        ("stream", args.small),
        ("stream", args.count),
        ("stream", args.compare),
        ("buffered", args.compare),
    ]
    queue: Any = multiprocessing.get_context("spawn").Queue()
    server = multiprocessing.get_context("spawn").Process(target=_serve, args=(queue, len(cases) - 1), daemon=True)
    server.start()
    try:
        base_url = f"http://127.0.0.1:{queue.get(timeout=30)}"
        results = {(mode, count): _run(mode, count, base_url, pkgs, streaming_support.PACKAGE) for mode, count in cases}
    finally:
        server.join(timeout=5)
        if server.is_alive():
            server.terminate()

    print(f"ijson backend: {results[('stream', args.small)]['backend']}; python {sys.version.split()[0]}")
    print(f"{'case':<20}{'events':>10}{'wall s':>9}{'CPU s':>8}{'events/CPU s':>14}{'peak RSS MiB':>14}")
    for (mode, count), r in results.items():
        rate = f"{r['events'] / r['cpu']:,.0f}" if r["events"] else "-"
        name = f"{mode} {count:,}"
        print(f"{name:<20}{r['events']:>10,}{r['seconds']:>9.2f}{r['cpu']:>8.2f}{rate:>14}{r['rss_mib']:>14.1f}")
    small, large = results[("stream", args.small)], results[("stream", args.count)]
    ratio = large["rss_mib"] / small["rss_mib"]
    verdict = "ok" if ratio <= 1.2 else "over the goal"
    print(f"peak RSS, stream {args.count:,} / stream {args.small:,}: {ratio:.3f}x (goal <= 1.2x: {verdict})")
    streamed, buffered = results[("stream", args.compare)], results[("buffered", args.compare)]
    speed = buffered["cpu"] / streamed["cpu"]
    wall = buffered["seconds"] / streamed["seconds"]
    print(
        f"events/s at {args.compare:,}: stream / buffered = {speed:.2f}x by client CPU time ({wall:.2f}x wall); "
        f"peak RSS {streamed['rss_mib']:.0f} MiB vs {buffered['rss_mib']:.0f} MiB"
    )


if __name__ == "__main__":
    main()
