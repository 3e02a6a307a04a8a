"""Every Python block of the READMEs runs as written, and passes ``mypy --strict``.

Each block runs in its own interpreter, as a user would paste it into a file, against an offline
NP6 on a loopback port (``NP6_BASE_URL``) that answers every documented operation with its
documented example (np6.testing's, which also checks every request against the spec: a block
sending a request NP6 would refuse fails). A block preceded by ``<!-- readme-test: NAME -->``
runs against the scenario ``NAME`` below (an NP6 whose answers change with the calls, as the
real one's do). A block that hangs fails: every wait in the READMEs has a deadline.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.loopback import Answer, Received
from tests.support.offline_np6 import OfflineNP6, Override

REPO = Path(__file__).resolve().parents[2]
# the READMEs and the API reference: every Python block a user would copy
READMES = [REPO / "README.md", REPO / "generated" / "README.md", REPO / "generated" / "API.md"]
BLOCK = re.compile(r"(?:<!-- readme-test: (?P<scenario>[\w-]+) -->\n)?```python\n(?P<code>.*?)```\n", re.DOTALL)
KEY = "readme-test-key-5b0e2d71c4a9"


@dataclass(frozen=True)
class Block:
    readme: Path
    line: int
    code: str
    scenario: str | None

    @property
    def name(self) -> str:
        return f"{self.readme.relative_to(REPO)}:{self.line}"


def blocks() -> list[Block]:
    found: list[Block] = []
    for readme in READMES:
        text = readme.read_text(encoding="utf-8")
        for match in BLOCK.finditer(text):
            line = text[: match.start("code")].count("\n") + 1
            found.append(Block(readme, line, match.group("code"), match.group("scenario")))
    return found


def _json(status: int, body: object) -> Answer:
    return Answer(status, json.dumps(body).encode(), {"Content-Type": "application/json", "x-request-id": "rid"})


def send_safely() -> dict[str, Override]:
    """An action at 20 (CREATED); the test validation moves it to 36 then 38; production to 50."""
    lock = threading.Lock()
    state = {"value": 20, "reads": 0}

    def get_action(_: Received) -> Answer:
        with lock:
            state["reads"] += 1
            if state["value"] == 36:
                state["value"] = 38  # NP6 finished the test phase
            value = state["value"]
        return _json(200, {"type": "mailMessage", "id": "000PE4", "name": "Order", "informations": {"state": value}})

    def validate(request: Received) -> Answer:
        fortest = json.loads(request.body).get("fortest")
        with lock:
            if fortest and state["value"] == 20:
                state["value"] = 36
            elif not fortest and state["value"] == 38:
                state["value"] = 50
            else:
                return Answer(409, b"", {"x-request-id": "rid-409"})
        return Answer(204)

    def send(_: Received) -> Answer:
        with lock:
            if state["value"] != 50:
                return Answer(409, b"", {"x-request-id": "rid-409"})
        return _json(200, {"type": "success", "id": "497a760d-e444-484f-b964-125cf548bb9c"})

    return {"getAction": get_action, "validateAction": validate, "sendActionMessage": send}


SCENARIOS: dict[str, Callable[[], dict[str, Override]]] = {"send-safely": send_safely}


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each block written to its own file (for running it and for mypy)."""
    folder = tmp_path_factory.mktemp("readme-blocks")
    files: dict[str, Path] = {}
    for index, block in enumerate(blocks()):
        path = folder / f"block_{index:02d}.py"
        path.write_text(block.code, encoding="utf-8")
        files[block.name] = path
    return files


def test_the_readmes_have_python_blocks() -> None:
    names = [b.name for b in blocks()]
    assert len(names) >= 10, names
    assert any(b.scenario == "send-safely" for b in blocks())


@pytest.mark.parametrize("block", blocks(), ids=lambda b: b.name)
def test_a_readme_block_runs_as_written(block: Block, written: dict[str, Path], tmp_path: Path) -> None:
    scenario = SCENARIOS[block.scenario]() if block.scenario else {}
    with OfflineNP6(scenario) as np6:
        env = {
            **os.environ,
            "NP6_API_KEY": KEY,
            "NP6_BASE_URL": np6.url,
            "PYTHONPATH": str(REPO / "generated"),
            # the dlt block: no telemetry (only the loopback NP6), its pipelines in the block's own directory
            "RUNTIME__DLTHUB_TELEMETRY": "false",
            "DLT_DATA_DIR": str(tmp_path / "dlt"),
        }
        proc = subprocess.run(
            [sys.executable, str(written[block.name])],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert proc.returncode == 0, f"{block.name} failed:\n{proc.stdout}\n{proc.stderr}"
    assert np6.unmatched == [], f"{block.name} asked for undocumented paths: {[r.target for r in np6.unmatched]}"
    assert np6.violations == [], f"{block.name} sent requests NP6 would refuse:\n" + "\n".join(map(str, np6.violations))
    assert KEY not in proc.stdout + proc.stderr
    if block.scenario == "send-safely":
        assert np6.operations()[-1] == "sendActionMessage"
        assert "sent" in proc.stdout


def test_the_readme_blocks_pass_mypy_strict(written: dict[str, Path], tmp_path: Path) -> None:
    mypy = Path(sys.executable).parent / "mypy"
    proc = subprocess.run(
        [str(mypy), "--strict", "--cache-dir", str(tmp_path / "cache"), *map(str, written.values())],
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(REPO / "generated")},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    names = {str(path): name for name, path in written.items()}
    report = "\n".join(_rename(line, names) for line in proc.stdout.splitlines())
    assert proc.returncode == 0, report


def _rename(line: str, names: dict[str, str]) -> str:
    for path, name in names.items():
        line = line.replace(path, name)
    return line
