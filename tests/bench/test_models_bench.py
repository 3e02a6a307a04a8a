"""Smoke run of bench/models.py (decode, streaming, import time): it runs and prints its ratios.

Tiny sizes (``--quick``), no timing asserted: the numbers of a smoke run mean nothing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_models_bench_runs_and_prints_its_ratios() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "models.py"), "--quick"],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    for line in (
        "ours / hand-written msgspec: ",
        "stock / ours: ",
        "peak RSS ",
        "ratio np6 / httpx: ",
    ):
        assert line in done.stdout, done.stdout
