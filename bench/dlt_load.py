"""Events per second into DuckDB through ``np6.dlt``, against the client's own polling rate.

A loopback NP6 (tests/dlt/support.py's ``EventNP6``, in a thread of this process, answers
cached per window so both sides pay the same server cost) serves N events of several kinds over
hour windows of ``/actions/events``. Measured on the same data, in one run:

* ``client``: ``list_all_action_events.poll(...)`` iterated to the end (requests, streaming
  decode, cursor), nothing done with the events;
* ``dlt``: ``pipeline.run(np6_source(...))`` into an embedded DuckDB file in a temp directory
  (the same polling, rows built, dlt's extract, normalize and load with the merge on ``id``),
  with the time of each dlt step.

Both report events per second of wall time and of this process's CPU time (the server thread
shares it), and the ratio dlt / client.

    .venv/bin/python bench/dlt_load.py [--count 50000] [--hours 10]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "generated"), str(REPO)]
os.environ["RUNTIME__DLTHUB_TELEMETRY"] = "false"  # dlt must not touch the network

import dlt  # noqa: E402

from np6 import Client  # noqa: E402
from np6.api.email_sms_events import list_all_action_events  # noqa: E402
from np6.dlt import np6_source  # noqa: E402
from tests.dlt.support import ALL_ACTION_EVENTS, HOUR, KEY, T0, EventNP6, spread  # noqa: E402
from tests.support.loopback import Answer, LoopbackServer, Received  # noqa: E402

#: dlt's file format for DuckDB ("default": insert_values), then JSON lines (DuckDB reads them natively).
FORMATS = ("default", "jsonl")


class CachedNP6(EventNP6):
    """``EventNP6`` with each window's answer computed once (both measured sides ask the same)."""

    def __init__(self, events: list[dict[str, Any]]) -> None:
        super().__init__(events={ALL_ACTION_EVENTS: events})
        self.cache: dict[str, Answer] = {}

    def __call__(self, request: Received) -> Answer:
        answer = self.cache.get(request.target)
        if answer is None:
            answer = self.cache[request.target] = super().__call__(request)
        return answer


def _client_rate(url: str, until: int) -> tuple[int, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    count = 0
    with Client(api_key=KEY, base_url=url) as client:
        poller = list_all_action_events.poll(client=client, start=T0, until=until, window=datetime.timedelta(hours=1))
        for _ in poller:
            count += 1
    return count, time.perf_counter() - wall, time.process_time() - cpu


def _dlt_rate(url: str, until: int, folder: Path, file_format: Any) -> tuple[int, float, float, dict[str, float]]:
    pipeline = dlt.pipeline(
        pipeline_name="np6_bench",
        pipelines_dir=str(folder / "pipelines"),
        destination=dlt.destinations.duckdb(str(folder / "bench.duckdb")),
        dataset_name="np6_bench",
    )
    source = np6_source(
        "bench",
        api_key=KEY,
        base_url=url,
        start=T0,
        until=until,
        window=datetime.timedelta(hours=1),
        operations=["list_all_action_events"],
    )
    steps: dict[str, float] = {}
    wall, cpu = time.perf_counter(), time.process_time()
    for step, run in (
        ("extract", lambda: pipeline.extract(source, loader_file_format=file_format)),
        ("normalize", pipeline.normalize),
    ):
        began = time.perf_counter()
        run()
        steps[step] = time.perf_counter() - began
    began = time.perf_counter()
    pipeline.load()
    steps["load"] = time.perf_counter() - began
    elapsed, used = time.perf_counter() - wall, time.process_time() - cpu
    with pipeline.sql_client() as sql:
        table = sql.make_qualified_table_name("list_all_action_events")
        found = sql.execute_sql(f"SELECT count(*) FROM {table}")
    count = int(found[0][0]) if found else 0
    return count, elapsed, used, steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=50_000, help="events served (default 50,000)")
    parser.add_argument("--hours", type=int, default=10, help="hour windows they span (default 10)")
    args = parser.parse_args()
    until = T0 + args.hours * HOUR
    events = spread(args.count, args.hours)
    with LoopbackServer(CachedNP6(events)) as server, tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)  # no dlt config of the caller's directory
        os.environ["DLT_DATA_DIR"] = str(Path(tmp) / "dlt")  # nor its global pipelines directory
        _client_rate(server.url, until)  # warm the server's cache and the imports
        n_client, wall_client, cpu_client = _client_rate(server.url, until)
        loads = {}
        for file_format in FORMATS:
            folder = Path(tmp) / str(file_format)
            loads[file_format] = _dlt_rate(server.url, until, folder, None if file_format == "default" else file_format)
    print(f"{args.count:,} events over {args.hours} hour windows from a loopback NP6")
    print(f"{'':36} {'events':>8} {'wall s':>8} {'events/s':>10} {'cpu s':>8} {'events/cpu s':>13} {'ratio':>6}")
    print(
        f"{'client poll()':36} {n_client:>8,} {wall_client:>8.2f} {n_client / wall_client:>10,.0f} "
        f"{cpu_client:>8.2f} {n_client / cpu_client:>13,.0f} {1:>6.2f}"
    )
    for file_format, (n, wall, cpu, steps) in loads.items():
        assert n == n_client == args.count, (n, n_client, args.count)
        name = f"np6.dlt -> DuckDB ({file_format} files)"
        print(
            f"{name:36} {n:>8,} {wall:>8.2f} {n / wall:>10,.0f} {cpu:>8.2f} {n / cpu:>13,.0f} "
            f"{wall_client / wall:>6.2f}"
        )
        print(f"{'':38}dlt steps (s): " + json.dumps({k: round(v, 2) for k, v in steps.items()}))
    print("ratio: events/s of the row over the client's own (wall time)")


if __name__ == "__main__":
    main()
