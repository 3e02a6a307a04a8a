"""Webtask operations replayed from cassettes built on NP6's documented examples."""

from __future__ import annotations

import datetime

import pytest

from np6 import Client
from np6.api.webtask import update_webtask
from np6.models import ScriptSettings, Webtask, WebtaskSettingsType0

UTC = datetime.UTC


@pytest.mark.vcr
def test_update_webtask(client: Client) -> None:
    body = Webtask(
        id=57,
        name="Loyalty points",
        description="Returns the loyalty points of a contact",
        creation_date=datetime.datetime(2025, 4, 1, 12, 40, 45, 109000, tzinfo=UTC),
        scripting=ScriptSettings(version="7.0.0", imports=None, initializers=None, filters=None),
        settings=WebtaskSettingsType0(),
        value="return { points: 120 };",
    )
    webtask = update_webtask.sync(57, client=client, body=body)
    assert (webtask.id, webtask.name) == (57, "Loyalty points")
    assert webtask.creation_date == datetime.datetime(2025, 4, 1, 12, 40, 45, 109000, tzinfo=UTC)
    assert webtask.scripting.version == "7.0.0"
    assert webtask.scripting.imports is None
    assert webtask.value == "return { points: 120 };"
