"""Every script of ``examples/`` runs against the offline NP6 (np6.testing), in the scenarios it
is written for; each also passes ``mypy --strict`` (the Makefile's typecheck) and root ruff."""

from __future__ import annotations

import datetime
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import np6
from np6.testing import Answer, OfflineNP6

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _client(offline: OfflineNP6) -> np6.Client:
    return np6.Client(api_key="offline-key-0123", transport=offline, max_retries=0)


def _action_in_state(offline: OfflineNP6, state: int) -> Any:
    action = offline.example("getAction").json
    action.setdefault("informations", {})["state"] = state
    return action


def test_every_example_is_tested() -> None:
    tested = {"send_safely", "contact_sync", "export_events", "error_handling"}
    assert {p.stem for p in EXAMPLES.glob("*.py")} == tested


@pytest.mark.parametrize("name", ["send_safely", "contact_sync", "export_events", "error_handling"])
def test_each_example_has_a_command_line(name: str) -> None:
    ran = subprocess.run(
        [sys.executable, str(EXAMPLES / f"{name}.py"), "--help"],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(REPO / "generated"), "PATH": "/usr/bin:/bin"},
    )
    assert ran.returncode == 0, ran.stderr
    assert "usage:" in ran.stdout


def test_send_safely_validates_then_sends_once_with_the_vendor_media_type() -> None:
    example = _load("send_safely")
    offline = OfflineNP6()
    offline.answer("getAction", json=_action_in_state(offline, 38))
    with _client(offline) as client:
        outcome = example.main(client, "000PE4", test_segments=[56], recipient="jane@example.com", interval=0.01)
    assert outcome.status in (example.SENT, example.REFUSED), outcome.message
    validations = offline.requests_for("validateAction")
    assert [r.json.get("fortest") for r in validations] == [True, False]
    (send,) = offline.requests_for("sendActionMessage")
    assert send.header("content-type") == "application/vnd.np6.cm.email"
    assert send.json["recipient"] == {"type": "unicity", "value": ["jane@example.com"]}
    offline.assert_all_valid()


def test_send_safely_reports_a_409_and_never_retries_a_failed_send() -> None:
    example = _load("send_safely")
    offline = OfflineNP6()
    offline.answer("getAction", json=_action_in_state(offline, 38))
    offline.answer("sendActionMessage", status=409, headers={"x-request-id": "rid-409"})
    with _client(offline) as client:
        outcome = example.main(client, "000PE4", test_segments=[56], recipient="jane@example.com", interval=0.01)
    assert outcome.status == example.REFUSED and "rid-409" in outcome.message
    offline.answer("sendActionMessage", status=503)
    with _client(offline) as client:
        unknown = example.send(client, "000PE4", "jane@example.com")
    assert unknown.status == example.UNKNOWN  # the message may have been sent: not repeated
    assert len(offline.requests_for("sendActionMessage")) == 2


def test_send_safely_stops_when_the_action_is_not_moved_to_asking_validation() -> None:
    example = _load("send_safely")
    offline = OfflineNP6()
    offline.answer("getAction", json=_action_in_state(offline, 20))
    with _client(offline) as client:
        outcome = example.main(
            client, "000PE4", test_segments=[56], recipient="jane@example.com", deadline=0.05, interval=0.01
        )
    assert outcome.status == example.NOT_VALIDATED
    assert offline.requests_for("sendActionMessage") == []


def test_contact_sync_creates_then_updates_an_existing_contact(tmp_path: Path) -> None:
    example = _load("contact_sync")
    rows = [{"Email": "new@example.com", "Firstname": "New"}, {"Email": "known@example.com"}, {"Email": ""}]
    offline = OfflineNP6()
    created = offline.example("createTarget")
    offline.answer("createTarget", created, Answer(409, headers={"x-request-id": "rid-exists"}))
    with _client(offline) as client:
        report = example.main(client, rows)
    assert (report.created, report.updated) == (1, 1)
    assert len(report.failed) == 1 and "no Email" in report.failed[0]
    assert offline.requests_for("findTarget")[0].query["unicity"] == ["known@example.com"]
    assert offline.requests_for("updateTarget")[0].json == {"Email": "known@example.com"}
    offline.assert_all_valid()


def test_export_events_resumes_from_its_saved_cursor(tmp_path: Path) -> None:
    example = _load("export_events")
    output, state = tmp_path / "events.jsonl", tmp_path / "state.json"
    hit = {"type": "hit", "id": "00000000-0000-4000-8000-000000000001", "timestamp": 1_767_225_600_000}
    newcomer = {"type": "teleport", "id": "00000000-0000-4000-8000-000000000002", "timestamp": 1_767_225_700_000}
    offline = OfflineNP6()
    offline.answer("listAllActionEvents", json=[hit, newcomer])
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    until = datetime.datetime(2026, 1, 1, 2, tzinfo=datetime.UTC)
    with _client(offline) as client:
        first = example.main(client, output, state, start=start, until=until)
    assert (first.exported, first.unknown) == (2, 1)
    lines = [json.loads(line) for line in output.read_text().splitlines()]
    assert [line["kind"] for line in lines] == ["hit", "teleport"] or len(lines) == 2
    # a second run resumes after what was written: nothing repeated
    with _client(offline) as client:
        second = example.main(client, output, state, start=start, until=until)
    assert second.exported == 0
    assert len(output.read_text().splitlines()) == 2


def test_error_handling_shows_each_failure() -> None:
    example = _load("error_handling")
    offline = OfflineNP6()
    offline.answer("getSegment", status=404, headers={"x-request-id": "rid-404"})
    with _client(offline) as client:
        lines = example.main(client, segment_id=41, action_id="000PE4", timeout=1.0)
    text = "\n".join(lines)
    assert "rid-404" in text
    assert "path value '..'" in text  # refused before sending
    assert "dict" in text
    assert offline.requests_for("getAction") == []  # nothing sent for the refused path value
    assert offline.requests_for("sendActionMessage") == []
