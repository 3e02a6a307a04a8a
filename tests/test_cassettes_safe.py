"""No cassette may hold an API key: X-Key is redacted in every recorded request."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

CASSETTES = Path(__file__).parent / "cassettes"
ALL = sorted(CASSETTES.rglob("*.yaml"))


def test_there_are_cassettes() -> None:
    assert len(ALL) >= 17


@pytest.mark.parametrize("cassette", ALL, ids=lambda p: p.relative_to(CASSETTES).as_posix())
def test_cassette_holds_no_key(cassette: Path) -> None:
    text = cassette.read_text(encoding="utf-8")
    real_key = os.environ.get("NP6_API_KEY")
    if real_key:
        assert real_key not in text
    data = yaml.safe_load(text)
    for interaction in data["interactions"]:
        for part in ("request", "response"):
            headers = interaction[part].get("headers") or {}
            for name, values in headers.items():
                if name.lower() == "x-key":
                    assert values == ["REDACTED"], f"{cassette.name}: {part} X-Key is not redacted"
        assert "x-key=" not in interaction["request"]["uri"].lower()
