"""Each generated Python module opens with a banner naming where it comes from: the spec element
and the template (an existing file of templates/); no hand-written file carries one."""

from __future__ import annotations

import re
from pathlib import Path

from generator import layout

REPO = Path(__file__).resolve().parents[2]
BANNER = re.compile(r"^# Generated from (?P<origin>.+) by (?P<template>templates/\S+\.jinja): do not edit\.$")


def test_every_generated_module_names_its_spec_element_and_template() -> None:
    modules = {name: path for name, path in layout.owned(REPO / "generated").items() if name.endswith(".py")}
    assert len(modules) > 300
    missing = []
    for name, path in sorted(modules.items()):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        match = BANNER.match(first)
        if match is None or not (REPO / match["template"]).is_file() or not match["origin"].strip():
            missing.append(f"{name}: {first[:100]}")
    assert missing == []


def test_no_hand_written_module_claims_to_be_generated() -> None:
    claimed = [
        name
        for name, path in layout.handwritten(REPO / "generated").items()
        if name.endswith(".py") and BANNER.match(path.read_text(encoding="utf-8").partition("\n")[0])
    ]
    assert claimed == []
