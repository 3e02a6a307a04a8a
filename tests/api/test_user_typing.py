"""Code a careful user writes against the client (None checks and isinstance, nothing else) is
clean under ``mypy --strict``, without casts or getattr, and runs.

Against the attrs models this client had before, this script gets 6 ``mypy --strict`` errors (and
would get more once those are fixed, since their types then read as Any): the unions had no
names (``Segment``, ``BaseEvent``, ``ExecutionResult``), an optional field was ``X | Unset``, and a
variant needed its one-value enum (``type_=RecipientByUnicityType.UNICITY``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

USER_SCRIPT = """\
from np6 import Client
from np6.models import (
    BaseEvent,
    ExecutionEmailRequest,
    ExecutionError,
    ExecutionResult,
    ExecutionSuccess,
    RecipientByUnicity,
    Segment,
    StaticSegment,
    UnknownBaseEvent,
)
from np6.testing import OfflineNP6


def segment_summary(segment: Segment) -> str:
    # common fields on every kind, the unknown one included: no isinstance
    size = segment.targets_count if segment.targets_count is not None else 0
    kind = "static" if isinstance(segment, StaticSegment) else "other"
    return f"{segment.id} {segment.name} ({kind}, {size} contacts)"


def event_times(events: list[BaseEvent]) -> list[int]:
    return [event.timestamp for event in events if event.timestamp is not None]


def outcome(result: ExecutionResult) -> str:
    if isinstance(result, ExecutionSuccess):
        return f"sent {result.id or '?'}"
    if isinstance(result, ExecutionError):
        reason = result.value
        return "refused" if reason is None else f"refused: {reason.to_dict()}"
    return f"unknown outcome {result.type}"


def main() -> None:
    with Client(api_key="test", transport=OfflineNP6()) as np6:
        for segment in np6.segments.list():
            print(segment_summary(segment))
        events = np6.events.actions.list_all()
        print(event_times(events))
        unknown = [e for e in events if isinstance(e, UnknownBaseEvent)]
        print(len(unknown), "events of kinds this client does not know")
        message = ExecutionEmailRequest(recipient=RecipientByUnicity(value=["jane@example.com"]))
        print(outcome(np6.actions.send_message("000PE4", body=message)))


if __name__ == "__main__":
    main()
"""


def _environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO / "generated"), "MYPYPATH": str(REPO / "generated")}


def test_a_careful_users_script_is_mypy_strict_clean(tmp_path: Path) -> None:
    script = tmp_path / "user_code.py"
    script.write_text(USER_SCRIPT, encoding="utf-8")
    mypy = Path(sys.executable).parent / "mypy"
    checked = subprocess.run(
        [str(mypy), "--strict", "--no-incremental", str(script)],
        capture_output=True,
        text=True,
        check=False,
        env=_environment(),
        cwd=tmp_path,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_careful_users_script_runs_offline(tmp_path: Path) -> None:
    script = tmp_path / "user_code.py"
    script.write_text(USER_SCRIPT, encoding="utf-8")
    ran = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=False, env=_environment(), cwd=tmp_path
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    lines = ran.stdout.splitlines()
    assert any(line.startswith(("sent", "refused", "unknown outcome")) for line in lines), ran.stdout
    assert any("contacts)" in line for line in lines), ran.stdout
