"""Decode 100k NP6 hit events with our models against the stock openapi-python-client output.

Same spec on both sides: the bundled ``spec/``. Ours is ``generated/np6`` (``make regenerate``);
stock is rendered into a temporary directory by openapi-python-client with its own templates
(package ``np6_stock``). The events are the spec's documented hit example (an ``EventList``
example with ``type: hit``), varied: ids, timestamps, receiver kind, the tracked link (kind,
label, target) and client (ip, user agent). Both sides decode them through the operation
``listAllActionEvents`` (``GET /actions/events``, an array of the 13-member ``BaseEvent``
union: ours dispatches on ``type``, stock tries each member in turn and ``hit`` is the 5th).

Two measures, best of ROUNDS, one process, alternating:

* as called: ours = ``Client.decode`` (what ``sync()`` runs: status check, then the parse, with
  the cyclic GC paused for a large body), stock = its ``_parse_response``; the JSON text is
  parsed beforehand on both sides and not timed;
* model decoding only: both ``_parse_response`` with the GC disabled (the work itself).

Goal: ours >= 3x faster.

    .venv/bin/python bench/decode.py [COUNT] [ROUNDS]
"""

from __future__ import annotations

import copy
import gc
import importlib
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "generated"))

from generator.bundle import bundle, dump  # noqa: E402

OPERATION = "email_sms_events.list_all_action_events"


class _Body:
    """What the decoding reads of an httpx.Response: status, headers, body size, parsed JSON."""

    def __init__(self, payload: Any, size: int) -> None:
        self.status_code = 200
        self.headers: dict[str, str] = {}
        self.content = b" " * size
        self._payload = payload

    def json(self) -> Any:
        return self._payload


def _walk(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def hit_example(document: dict[str, Any]) -> dict[str, Any]:
    """The first documented event of type hit (an element of an EventList example)."""
    for node in _walk(document.get("paths", {})):
        example = node.get("example")
        if isinstance(example, list) and example and isinstance(example[0], dict) and example[0].get("type") == "hit":
            return dict(example[0])
    raise SystemExit("no hit event example in the spec")


def hit_events(example: dict[str, Any], count: int, seed: int = 6) -> list[dict[str, Any]]:
    rand = random.Random(seed)
    kinds = ["open", "redirection", "mirror", "form", "unsubscribe"]
    agents = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0)", "Outlook/16.0"]
    events = []
    for i in range(count):
        event = copy.deepcopy(example)
        event["id"] = str(uuid.UUID(int=rand.getrandbits(128)))
        event["timestamp"] = int(example.get("timestamp", 1623673176622)) + i * 37
        detail = event["source"]["detail"]
        activation = detail["activation"]
        if i % 3 == 0:
            activation["receiver"] = {"type": "id", "value": f"{i:08X}"}
        else:
            activation["receiver"] = {
                "type": "footprint",
                "id": f"{i:08X}",
                "unicity": f"contact{i}@example.com",
                "hash": f"{rand.getrandbits(128):032x}",
            }
        activation["stamp"] = {
            "time": event["timestamp"] - 5000,
            "id": str(uuid.UUID(int=rand.getrandbits(128))),
            "thread": str(uuid.UUID(int=rand.getrandbits(128))),
        }
        detail["link"] = {"type": kinds[i % 5], "label": f"link-{i % 11}", "value": f"https://example.com/o/{i}"}
        detail["client"] = {
            "type": "browser" if i % 4 else "robot",
            "ip": {"type": "v4", "value": f"192.0.2.{i % 250}"},
            "ua": {"ua": agents[i % 3]},
        }
        events.append(event)
    return events


def render_stock(document: dict[str, Any], work: Path) -> None:
    spec = work / "openapi.yaml"
    spec.write_text(dump(document), encoding="utf-8")
    config = work / "config.yaml"
    config.write_text("package_name_override: np6_stock\npost_hooks: []\n", encoding="utf-8")
    venv_bin = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{venv_bin}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [str(venv_bin / "openapi-python-client"), "generate", "--path", str(spec), "--config", str(config)]
    subprocess.run([*command, "--output-path", str(work / "stock")], check=True, capture_output=True, env=env)
    sys.path.insert(0, str(work / "stock"))


def best(rounds: int, run: Callable[[], Any], count: int, gc_enabled: bool) -> float:
    fastest = float("inf")
    for _ in range(rounds):
        gc.collect()
        if not gc_enabled:
            gc.disable()
        started = time.perf_counter()
        decoded = run()
        elapsed = time.perf_counter() - started
        gc.enable()
        assert len(decoded) == count and type(decoded[0]).__name__ == "HitEvent", type(decoded[0])
        del decoded
        fastest = min(fastest, elapsed)
    return fastest


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    document = bundle(REPO / "spec").document
    payload = hit_events(hit_example(document), count)
    size = len(__import__("json").dumps(payload))
    with tempfile.TemporaryDirectory() as tmp:
        render_stock(document, Path(tmp))
        stock = importlib.import_module("np6_stock")
        stock_op = importlib.import_module(f"np6_stock.api.{OPERATION}")
        ours_op = importlib.import_module(f"np6.api.{OPERATION}")
        from np6 import Client

        stock_client = stock.Client(base_url="http://np6.invalid")
        body = _Body(payload, size)

        def ours_called() -> Any:
            return Client.decode(body, ours_op.OPERATION_ID, ours_op._parse_response)  # type: ignore[arg-type]

        def ours_parse() -> Any:
            return ours_op._parse_response(body)

        def stock_parse() -> Any:
            return stock_op._parse_response(client=stock_client, response=body)

        print(f"{count} hit events ({size / 1e6:.1f} MB of JSON), best of {rounds}; ratio = stock / ours")
        for label, ours_run, gc_on in (("as called", ours_called, True), ("decoding only, GC off", ours_parse, False)):
            ours_time = best(rounds, ours_run, count, gc_on)
            stock_time = best(rounds, stock_parse, count, gc_on)
            print(
                f"  {label:22s} ours {ours_time:6.2f} s ({ours_time / count * 1e6:5.1f} us/event)   "
                f"stock {stock_time:6.2f} s ({stock_time / count * 1e6:5.1f} us/event)   "
                f"ratio {stock_time / ours_time:4.1f}x"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
