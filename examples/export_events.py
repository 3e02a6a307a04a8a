"""Export the delivery events of every NP6 email/SMS action (bounces, hits, opt-outs...) to JSON lines.

NP6 has no webhooks: events are read back by time window. ``client.events.actions.poll_all``
walks the windows oldest first and keeps a cursor (the last timestamp delivered and the ids
delivered at it). This script appends one JSON line per event to the output file and saves,
in a state file, the cursor with the size of the output it covers; a run resumes from there,
first cutting the output back to that size, so a run killed at any point loses nothing and
writes nothing twice.

    export NP6_API_KEY=...
    python examples/export_events.py events.jsonl --state events.state.json --since 24h

Each line is ``{"kind": ..., "id": ..., "timestamp": ..., "event": {...}}``; ``kind`` is the
event's type (``bounce``, ``hit``...). A kind this client does not know (NP6 adds some) is
exported too, as NP6 sent it, with ``"known": false``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import np6
from np6.models import BaseEvent, UnknownBaseEvent


@dataclass
class ExportReport:
    """What a run exported."""

    exported: int = 0
    unknown: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    cursor: str = ""

    def summary(self) -> str:
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(self.kinds.items())) or "none"
        return f"{self.exported} events ({kinds}); {self.unknown} of a kind this client does not know"


def line_of(event: BaseEvent) -> dict[str, Any]:
    """The exported line of one event; every member of ``BaseEvent`` reads ``id`` and ``timestamp``."""
    if isinstance(event, UnknownBaseEvent):
        # a kind NP6 added since this client (or an object that did not decode: ``error``):
        # kept whole, as received
        kind = event.type or "unknown"
        line: dict[str, Any] = {"kind": kind, "known": False, "event": event.raw}
        if event.error is not None:
            line["error"] = event.error
    else:
        line = {"kind": str(event.type_), "known": True, "event": event.to_dict()}
    line["id"] = None if event.id is None else str(event.id)
    line["timestamp"] = event.timestamp
    return line


def load_state(state_path: Path, output_path: Path) -> np6.Cursor | None:
    """The saved cursor (None on a first run), after cutting the output back to what it covers."""
    if not state_path.exists():
        if output_path.exists() and output_path.stat().st_size:
            raise SystemExit(f"{output_path} exists but {state_path} does not: give both or neither")
        return None
    state = json.loads(state_path.read_text(encoding="utf-8"))
    with output_path.open("ab") as output:  # lines written after the last save are written again
        output.truncate(state["output_bytes"])
    return np6.Cursor.from_dict(state["cursor"])


def save_state(state_path: Path, cursor: np6.Cursor, output_bytes: int) -> None:
    """Write the state atomically (a crash leaves the previous state or the new one)."""
    temporary = state_path.with_name(state_path.name + ".tmp")
    temporary.write_text(json.dumps({"cursor": cursor.to_dict(), "output_bytes": output_bytes}), encoding="utf-8")
    os.replace(temporary, state_path)


def main(
    client: np6.Client,
    output_path: Path,
    state_path: Path,
    *,
    start: datetime.datetime,
    until: datetime.datetime | None = None,
    window: datetime.timedelta = datetime.timedelta(hours=1),
    safety_margin: datetime.timedelta = datetime.timedelta(minutes=5),
    save_every: int = 500,
) -> ExportReport:
    """Append the events since the saved cursor (or since ``start`` on a first run) to ``output_path``."""
    report = ExportReport()
    poller = client.events.actions.poll_all(
        cursor=load_state(state_path, output_path),  # takes precedence over start
        start=start,
        until=until,  # None: up to now - safety_margin
        window=window,  # one request per window
        safety_margin=safety_margin,  # NP6 records events late: stay behind now
    )
    with output_path.open("ab") as output:
        try:
            for event in poller:  # oldest first; ends once caught up
                line = line_of(event)
                output.write(json.dumps(line, separators=(",", ":")).encode() + b"\n")
                report.exported += 1
                if not line["known"]:
                    report.unknown += 1
                report.kinds[line["kind"]] = report.kinds.get(line["kind"], 0) + 1
                if report.exported % save_every == 0:
                    output.flush()
                    os.fsync(output.fileno())
                    save_state(state_path, poller.cursor, output.tell())  # the cursor includes this event
        finally:  # caught up, or stopped by an error (NP6 unreachable...): save what was written
            output.flush()
            os.fsync(output.fileno())
            save_state(state_path, poller.cursor, output.tell())
    report.cursor = poller.cursor.to_json()
    return report


def duration(text: str) -> datetime.timedelta:
    """``90m``, ``24h``, ``7d`` (or seconds)."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    if text[-1:] in units:
        return datetime.timedelta(seconds=float(text[:-1]) * units[text[-1]])
    return datetime.timedelta(seconds=float(text))


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Export the events of every NP6 action to a JSON lines file.")
    parser.add_argument("output", type=Path, help="the JSON lines file (appended to)")
    parser.add_argument("--state", type=Path, help="the state file (default: OUTPUT.state.json)")
    parser.add_argument("--since", type=duration, default="24h", help="first run only: how far back (default 24h)")
    parser.add_argument("--window", type=duration, default="1h", help="time window of one request (default 1h)")
    return parser.parse_args(argv)


if __name__ == "__main__":
    args = parse_args()
    state = args.state or args.output.with_name(args.output.name + ".state.json")
    with np6.Client() as np6_client:  # NP6_API_KEY (and NP6_BASE_URL, if set) from the environment
        done = main(np6_client, args.output, state, start=datetime.datetime.now(datetime.UTC) - args.since)
    print(done.summary(), file=sys.stderr)
