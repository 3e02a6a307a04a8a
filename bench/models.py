"""The model layer as called: decode, streaming memory and import time, ratios printed (issue 14).

Everything goes through the public API only (``np6.Client`` over an ``httpx.MockTransport``, the
resource methods ``client.events.actions.list_all()`` / ``stream_all()``, the modules of
``np6.api``), so this bench runs unchanged whatever the models are made of. The events are the
spec's documented hit example (an ``EventList`` example, ``type: hit``, about 1 kB of JSON),
varied: ids, timestamps, stamp ids, receiver kind, the tracked link, the client and its parsed
user agent.

1. Decode, as called: COUNT hit events (100,000: about 100 MB of JSON), body bytes prepared
   before timing, best of ROUNDS, alternating, one process, cyclic GC on:

   * ours: ``client.events.actions.list_all()`` (transport, status check, JSON, models);
   * hand-written msgspec: Structs written here for the 13 event kinds (tagged on ``type``) and
     their nested objects (``gc=False``, as msgspec advises for acyclic data),
     ``msgspec.json.Decoder(list[...]).decode(body)`` as a user calls it, and again with the
     cyclic GC paused around it as ``np6.Client.decode`` does for a large body -- goal: ours <= 2x;
   * stock: the stock openapi-python-client output for the same spec (rendered into a temporary
     directory), its ``sync(client=...)`` over the same transport.

2. Streaming: ``client.events.actions.stream_all()`` of SMALL (10,000) and LARGE (1,000,000)
   events, each in its own subprocess. The body is generated lazily by the transport (an
   ``httpx.SyncByteStream`` yielding chunks), so the generator holds one chunk at a time. Peak
   RSS (``ru_maxrss``) is read before the stream (after imports and a warm-up stream of a few
   events) and after it; the growth is the stream's. Goal: flat, growth(LARGE) about growth(SMALL).
   These cases run first, while this process is small (see ``run_streams``); events/s is of wall
   time, with and without the time the transport spends generating the body.

3. Import time: ``import np6`` + one operation module (``np6.api.segment.list_segments``) against
   ``import httpx``, each timed inside a fresh interpreter, best of RUNS. Goal: ours <= 1.5x.

    .venv/bin/python bench/models.py [--quick] [--count N] [--rounds N] [--small N] [--large N] [--runs N]
"""

from __future__ import annotations

import argparse
import copy
import enum
import gc
import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import msgspec

REPO = Path(__file__).resolve().parents[1]
GENERATED = REPO / "generated"
BASE_URL = "http://np6.invalid"
EVENTS_PER_CHUNK = 256
JSON = {"content-type": "application/json"}
AGENTS = [
    "Mozilla/5.0 (Linux; Android 10; SM-A125F Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/89.0.4389.86 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17531; Pro)",
]


# -- the events ---------------------------------------------------------------------------------


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def hit_example() -> dict[str, Any]:
    """The first documented event of type hit in the bundled spec (an EventList example)."""
    sys.path.insert(0, str(REPO))
    from generator.bundle import bundle

    for node in _walk(bundle(REPO / "spec").document.get("paths", {})):
        example = node.get("example")
        if isinstance(example, list) and example and isinstance(example[0], dict) and example[0].get("type") == "hit":
            return dict(example[0])
    raise SystemExit("no hit event example in the spec")


def templates(example: dict[str, Any], count: int = 64) -> list[str]:
    """Varied copies of the example as %-templates of (id, timestamp, receiver id, stamp time, stamp id, thread)."""
    kinds = ["open", "redirection", "mirror", "form", "unsubscribe"]
    out = []
    for n in range(count):
        event = copy.deepcopy(example)
        event["id"], event["timestamp"] = "@ID@", -1
        detail = event["source"]["detail"]
        activation = detail["activation"]
        if n % 3 == 0:
            activation["receiver"] = {"type": "id", "value": "@RECEIVER@"}
        else:
            activation["receiver"] = {
                "type": "footprint",
                "id": "@RECEIVER@",
                "unicity": f"contact{n}@example.com",
                "hash": f"{n * 7919:032x}",
            }
        activation["stamp"] = {"time": -2, "id": "@STAMP@", "thread": "@THREAD@"}
        link = {"type": kinds[n % 5], "label": f"link {n % 11}", "source": "html"}
        if n % 5 in (1, 3):
            link["value"] = f"https://www.example.com/campaign/{n}" if n % 5 == 1 else f"{n:06X}"
        detail["link"] = link
        client = detail["client"]
        client["ip"] = {"type": "v4", "value": f"192.0.2.{n}"} if n % 4 else {"type": "v6", "value": f"2001:db8::{n:x}"}
        client["ua"]["ua"] = AGENTS[n % len(AGENTS)]
        client["ua"]["os"]["name"] = f"Android {10 + n % 5}"
        text = json.dumps(event, separators=(",", ":")).replace("%", "%%")
        for marker in ("@ID@", "@RECEIVER@", "@STAMP@", "@THREAD@"):
            text = text.replace(f'"{marker}"', '"%s"')
        out.append(text.replace(":-1,", ":%d,").replace(":-2,", ":%d,"))
    return out


def _uuid(n: int) -> str:
    h = f"{n:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def body_chunks(texts: list[str], count: int) -> Iterator[bytes]:
    """The JSON array of COUNT events, EVENTS_PER_CHUNK events per chunk."""
    start = 1_700_000_000_000
    yield b"["
    for first in range(0, count, EVENTS_PER_CHUNK):
        parts = [
            texts[n % len(texts)]
            % (_uuid(n), start + n * 37, f"{n:08X}", start + n * 37 - 5000, _uuid(n << 64 | 1), _uuid(n << 64 | 2))
            for n in range(first, min(count, first + EVENTS_PER_CHUNK))
        ]
        text = ",".join(parts)
        yield (text if first == 0 else "," + text).encode()
    yield b"]"


class LazyBody(httpx.SyncByteStream):
    """A response body made while it is read."""

    def __init__(self, texts: list[str], count: int) -> None:
        self._texts, self._count = texts, count

    def __iter__(self) -> Iterator[bytes]:
        return body_chunks(self._texts, self._count)


# -- hand-written msgspec models (the same schemas, written the way msgspec wants them) ------------


class _Model(msgspec.Struct, kw_only=True, gc=False):
    """Every field optional (NP6 marks none required); gc=False, as msgspec advises for acyclic data."""


class Identity(_Model):
    type: str | None = None
    agency: str | None = None
    customer: str | None = None


class ReceiverFootprint(_Model, tag_field="type", tag="footprint"):
    id: str | None = None
    unicity: str | None = None
    hash: str | None = None


class ReceiverId(_Model, tag_field="type", tag="id"):
    value: str | None = None


class ReceiverContact(_Model, tag_field="type", tag="contact"):
    value: dict[str, Any] | None = None


Receiver = ReceiverFootprint | ReceiverId | ReceiverContact


class Stamp(_Model):
    time: int | None = None
    id: UUID | None = None
    thread: UUID | None = None


class Activation(_Model):
    id: str | int | None = None
    version: UUID | None = None
    kind: str | None = None
    receiver: Receiver | None = None
    stamp: Stamp | None = None
    recipient: str | None = None


class Execution(_Model):
    id: str | int | None = None
    kind: str | None = None
    recipient: Receiver | None = None
    data: dict[str, Any] | None = None
    stamp: Stamp | None = None


class CancellationCause(_Model):
    type: str | None = None
    message: str | None = None


class Cancellation(_Model):
    type: str | None = None
    value: CancellationCause | None = None


class BounceCode(_Model):
    enhanced: str | None = None


class BounceStatus(_Model):
    type: str | None = None
    code: BounceCode | None = None
    diagnostic: str | None = None
    mta: str | None = None


class BounceSubjectDetail(_Model):
    type: str | None = None


class BounceSubject(_Model):
    type: str | None = None
    detail: BounceSubjectDetail | None = None


class Verdict(enum.Enum):
    HARD = "hard"
    SOFT = "soft"


class BounceAnalysis(_Model):
    verdict: Verdict | None = None
    subject: BounceSubject | None = None


class Bounce(_Model):
    status: BounceStatus | None = None
    analysis: BounceAnalysis | None = None


class LinkType(enum.Enum):
    OPEN = "open"
    REDIRECTION = "redirection"
    UNSUBSCRIBE = "unsubscribe"
    MIRROR = "mirror"
    FORM = "form"


class Link(_Model):
    type: LinkType | None = None
    label: str | None = None
    source: str | None = None
    value: str | None = None


class IpVersion(enum.Enum):
    V4 = "v4"
    V6 = "v6"


class ClientIp(_Model):
    type: IpVersion | None = None
    value: str | None = None


class UserAgentClient(_Model):
    type: str | None = None
    name: str | None = None
    vendor: str | None = None


class UserAgentOs(_Model):
    name: str | None = None
    family: str | None = None
    vendor: str | None = None


class UserAgentDevice(_Model):
    type: str | None = None


class UserAgent(_Model):
    type: str | None = None
    ua: str | None = None
    client: UserAgentClient | None = None
    os: UserAgentOs | None = None
    device: UserAgentDevice | None = None


class EventClient(_Model):
    type: str | None = None
    ip: ClientIp | None = None
    ua: UserAgent | None = None


class Detail(_Model):
    activation: Activation | None = None
    execution: Execution | None = None
    cancellation: Cancellation | None = None
    bounce: Bounce | None = None
    link: Link | None = None
    client: EventClient | None = None


class Source(_Model):
    type: str | None = None
    detail: Detail | None = None


class Envelope(_Model, tag_field="type"):
    id: UUID | None = None
    timestamp: int | None = None
    identity: Identity | None = None
    source: Source | None = None


class ActivationEventLike(Envelope, tag="activation"): ...


class ExecutionEventLike(Envelope, tag="execution"): ...


class CancellationEventLike(Envelope, tag="cancellation"): ...


class BounceEventLike(Envelope, tag="bounce"): ...


class HitEventLike(Envelope, tag="hit"): ...


class CreationEventLike(Envelope, tag="creation"): ...


class ModificationEventLike(Envelope, tag="modification"): ...


class ImpressionEventLike(Envelope, tag="impression"): ...


class SuppressionEventLike(Envelope, tag="suppression"): ...


class OptoutEventLike(Envelope, tag="optout"): ...


class ReplyEventLike(Envelope, tag="reply"): ...


class ComplaintEventLike(Envelope, tag="complaint"): ...


class DeliveryEventLike(Envelope, tag="delivery"): ...


EventLike = (
    ActivationEventLike
    | ExecutionEventLike
    | CancellationEventLike
    | BounceEventLike
    | HitEventLike
    | CreationEventLike
    | ModificationEventLike
    | ImpressionEventLike
    | SuppressionEventLike
    | OptoutEventLike
    | ReplyEventLike
    | ComplaintEventLike
    | DeliveryEventLike
)


# -- 1. decode ------------------------------------------------------------------------------------


def _sys_path() -> None:
    if str(GENERATED) not in sys.path:
        sys.path.insert(0, str(GENERATED))


def _mock(body: bytes) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, headers=JSON, content=body))


def render_stock(work: Path) -> Any:
    """The stock openapi-python-client package (np6_stock) for the bundled spec, imported."""
    from generator.bundle import bundle, dump

    spec = work / "openapi.yaml"
    spec.write_text(dump(bundle(REPO / "spec").document), encoding="utf-8")
    config = work / "config.yaml"
    config.write_text("package_name_override: np6_stock\npost_hooks: []\n", encoding="utf-8")
    venv_bin = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{venv_bin}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [str(venv_bin / "openapi-python-client"), "generate", "--path", str(spec), "--config", str(config)]
    subprocess.run([*command, "--output-path", str(work / "stock")], check=True, capture_output=True, env=env)
    sys.path.insert(0, str(work / "stock"))
    return importlib.import_module("np6_stock")


def _once(run: Callable[[], list[Any]], count: int, expect: str) -> float:
    gc.collect()
    started = time.perf_counter()
    decoded = run()
    elapsed = time.perf_counter() - started
    name = type(decoded[0]).__name__ if decoded else None
    if len(decoded) != count or name != expect:
        raise SystemExit(f"decoded {len(decoded)} items, the first a {name}; expected {count} {expect}")
    return elapsed


def bench_decode(texts: list[str], count: int, rounds: int) -> None:
    _sys_path()
    import np6

    body = b"".join(body_chunks(texts, count))
    ours = np6.Client(api_key="bench", base_url=BASE_URL, transport=_mock(body), max_retries=0)
    decoder = msgspec.json.Decoder(list[EventLike])
    with tempfile.TemporaryDirectory() as tmp:
        stock = render_stock(Path(tmp))
        stock_op = importlib.import_module("np6_stock.api.email_sms_events.list_all_action_events")
        stock_client = stock.Client(base_url=BASE_URL, httpx_args={"transport": _mock(body)})

        def ours_called() -> list[Any]:
            return ours.events.actions.list_all()

        def msgspec_called() -> list[Any]:
            return decoder.decode(body)

        def msgspec_gc_paused() -> list[Any]:
            gc.disable()  # what np6.Client.decode does around a large body
            try:
                return decoder.decode(body)
            finally:
                gc.enable()

        def stock_called() -> list[Any]:
            parsed: list[Any] = stock_op.sync(client=stock_client)
            return parsed

        runs: dict[str, tuple[Callable[[], list[Any]], str]] = {
            "ours": (ours_called, "HitEvent"),
            "msgspec": (msgspec_called, "HitEventLike"),
            "msgspec, GC paused": (msgspec_gc_paused, "HitEventLike"),
            "stock": (stock_called, "HitEvent"),
        }
        times = dict.fromkeys(runs, float("inf"))
        for _ in range(rounds):  # alternating: each round runs every side once
            for name, (run, expect) in runs.items():
                times[name] = min(times[name], _once(run, count, expect))
        stock_client.get_httpx_client().close()
    ours.close()
    print(f"1. decode as called: {count:,} hit events, {len(body) / 1e6:.1f} MB of JSON, best of {rounds}")
    labels = {
        "ours": "ours: client.events.actions.list_all()",
        "msgspec": "hand-written msgspec",
        "msgspec, GC paused": "hand-written msgspec, GC paused",
        "stock": "stock openapi-python-client sync()",
    }
    for name, seconds in times.items():
        print(f"   {labels[name]:<40}{seconds:8.3f} s  {seconds / count * 1e6:7.2f} us/event")
    mine, stock_time = times["ours"], times["stock"]
    for name in ("msgspec", "msgspec, GC paused"):
        verdict = "ok" if mine <= 2 * times[name] else "over the goal"
        print(f"   ours / {labels[name]}: {mine / times[name]:.2f}x (goal <= 2x: {verdict})")
    print(f"   stock / ours: {stock_time / mine:.2f}x (above 1: ours is faster than stock)")


# -- 2. streaming ------------------------------------------------------------------------------


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def stream_child(count: int) -> None:
    """One streaming case, in its own process; prints a JSON line."""
    _sys_path()
    import np6

    texts = templates(hit_example())
    sizes = iter([200, count])
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers=JSON, stream=LazyBody(texts, next(sizes)))
    )
    client = np6.Client(api_key="bench", base_url=BASE_URL, transport=transport, max_retries=0)

    def stream() -> int:
        hits = 0
        with client.events.actions.stream_all() as events:
            for event in events:
                hits += type(event).__name__ == "HitEvent"
        return hits

    stream()  # warm-up: every lazy import, the decoder's first allocations
    gc.collect()
    baseline = _rss_mib()
    started, cpu_started = time.perf_counter(), time.process_time()
    hits = stream()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak = _rss_mib()
    started = time.perf_counter()
    generated = sum(len(chunk) for chunk in body_chunks(texts, count))
    generation = time.perf_counter() - started
    client.close()
    result = {"hits": hits, "seconds": seconds, "cpu": cpu, "baseline": baseline, "peak": peak}
    print(json.dumps({**result, "generation": generation, "bytes": generated}))


def run_streams(small: int, large: int) -> dict[int, dict[str, Any]]:
    """Each case in a fresh interpreter, started while this process is still small.

    Linux carries ru_maxrss over fork and exec (a child starts with its parent's peak), so the
    children run before the decode bench grows this process; the parent's peak at that point is
    printed as the floor below which a child's reading means nothing.
    """
    results: dict[int, dict[str, Any]] = {}
    for count in (small, large):
        floor = _rss_mib()
        command = [sys.executable, __file__, "--stream-child", str(count)]
        done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=1800)
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        if result["hits"] != count:
            raise SystemExit(f"stream {count}: {result['hits']} hit events")
        results[count] = {**result, "floor": floor}
    return results


def print_streams(results: dict[int, dict[str, Any]]) -> None:
    _sys_path()
    backend = importlib.import_module("np6._streaming").BACKEND_NAME
    print(f"2. streaming: client.events.actions.stream_all(), body generated lazily; ijson backend {backend}")
    header = f"   {'events':>10}{'MB':>8}{'wall s':>8}{'events/s':>10}{'ex. body gen':>13}"
    print(f"{header}{'RSS before':>11}{'peak':>7}{'growth MiB':>11}{'floor':>7}")
    for count, r in results.items():
        rate = count / r["seconds"]
        net = count / max(r["seconds"] - r["generation"], 1e-9)
        growth = r["peak"] - r["baseline"]
        print(
            f"   {count:>10,}{r['bytes'] / 1e6:>8.1f}{r['seconds']:>8.2f}{rate:>10,.0f}{net:>13,.0f}"
            f"{r['baseline']:>11.1f}{r['peak']:>7.1f}{growth:>11.1f}{r['floor']:>7.1f}"
        )
    (small, low), (large, high) = results.items()
    print(
        f"   peak RSS {large:,} / {small:,}: {high['peak'] / low['peak']:.3f}x; "
        f"growth {high['peak'] - high['baseline']:.1f} MiB vs {low['peak'] - low['baseline']:.1f} MiB (goal: flat)"
    )


# -- 3. import time ----------------------------------------------------------------------------

IMPORTS = {
    "np6": "import np6\nfrom np6.api.segment import list_segments",
    "httpx": "import httpx",
}
TIMED = "import time\nstarted = time.perf_counter()\n{code}\nprint(time.perf_counter() - started)\n"


def bench_import(runs: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(GENERATED)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    best = dict.fromkeys(IMPORTS, float("inf"))
    for _ in range(runs + 1):  # the first round compiles the bytecode caches; it counts like the others
        for name, code in IMPORTS.items():
            done = subprocess.run(
                [sys.executable, "-c", TIMED.format(code=code)], capture_output=True, text=True, check=True, env=env
            )
            best[name] = min(best[name], float(done.stdout.strip()))
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", IMPORTS["np6"]], capture_output=True, text=True, check=True, env=env
    )
    own = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[2].strip().startswith("np6"):
            own.append((int(parts[0].split(":")[1]), parts[2].strip()))
    heaviest = ", ".join(f"{name} {us / 1000:.1f}" for us, name in sorted(own, reverse=True)[:4])
    ours, httpx_time = best["np6"], best["httpx"]
    verdict = "ok" if ours <= 1.5 * httpx_time else "over the goal"
    print(f"3. import time, fresh interpreter, best of {runs}")
    print(f"   import np6 + np6.api.segment.list_segments {ours * 1e3:7.1f} ms")
    print(f"   import httpx                                {httpx_time * 1e3:7.1f} ms")
    print(f"   ratio np6 / httpx: {ours / httpx_time:.2f}x (goal <= 1.5x: {verdict})")
    print(f"   heaviest np6 modules (self ms): {heaviest}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a smoke run, not a measure")
    parser.add_argument("--count", type=int, help="decoded events (100,000)")
    parser.add_argument("--rounds", type=int, help="decode rounds (3)")
    parser.add_argument("--small", type=int, help="streamed events, small case (10,000)")
    parser.add_argument("--large", type=int, help="streamed events, large case (1,000,000)")
    parser.add_argument("--runs", type=int, help="interpreters per import case (15)")
    parser.add_argument("--stream-child", type=int, metavar="COUNT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stream_child is not None:
        stream_child(args.stream_child)
        return 0
    quick = {"count": 2_000, "rounds": 1, "small": 1_000, "large": 10_000, "runs": 2}
    full = {"count": 100_000, "rounds": 3, "small": 10_000, "large": 1_000_000, "runs": 15}
    sizes = {key: getattr(args, key) or (quick if args.quick else full)[key] for key in full}
    print(f"python {sys.version.split()[0]}, msgspec {msgspec.__version__}, httpx {httpx.__version__}")
    streams = run_streams(sizes["small"], sizes["large"])  # first: see run_streams
    bench_decode(templates(hit_example()), sizes["count"], sizes["rounds"])
    print_streams(streams)
    bench_import(sizes["runs"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
