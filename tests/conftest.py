"""Shared fixtures: the client under test and the vcrpy (pytest-recording) configuration.

Cassettes replay with record mode ``none`` (pytest-recording's default): a request that no
cassette holds fails the test. ``make record`` re-records against the live API with the
``NP6_API_KEY`` of the user; the X-Key header is replaced by ``REDACTED`` before writing.
"""

from __future__ import annotations

import datetime
import json
import os
import re
from collections.abc import Iterator
from typing import Any

import pytest

from np6 import Client
from tests.support.json_values import without_nulls

#: A stand-in key for replay; real keys come from NP6_API_KEY when recording.
FAKE_KEY = "fake-key-for-cassette-replay"
REDACTED = "REDACTED"


def api_key() -> str:
    return os.environ.get("NP6_API_KEY") or FAKE_KEY


def _json_or_raw(body: Any) -> Any:
    if body is None or body in (b"", ""):
        return None
    text = body.decode("utf-8") if isinstance(body, bytes) else body
    try:
        return json.loads(text)
    except ValueError:
        return text


_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def _normalise(value: Any) -> Any:
    """JSON value with RFC 3339 date-times as instants ('Z' and '+00:00' are the same time)."""
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, str) and _DATE_TIME.match(value):
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


def json_body_matcher(recorded: Any, sent: Any) -> None:
    """Bodies match when equal as JSON (key order, spacing and date-time offsets spelling aside,
    and null properties: a model that NP6 also returns reads and sends an absent optional field
    and a null one alike, np6/_models.py). vcrpy passes the request sent first."""
    left, right = _normalise(_json_or_raw(recorded.body)), _normalise(_json_or_raw(sent.body))
    left, right = without_nulls(left), without_nulls(right)
    assert left == right, f"request body differs: sent {left!r} != cassette {right!r}"


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in ("set-cookie", "x-key"):
            headers[name] = [REDACTED]
    return response


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, Any]:
    return {
        "filter_headers": [("X-Key", REDACTED), ("x-key", REDACTED)],
        "match_on": ["method", "scheme", "host", "port", "path", "query", "json_body"],
        "before_record_response": _scrub_response,
        "decode_compressed_response": True,
    }


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_matcher("json_body", json_body_matcher)


@pytest.fixture
def client() -> Iterator[Client]:
    """A client against NP6 (or its cassettes), without retries so each cassette entry is used once."""
    with Client(api_key=api_key(), base_url=os.environ.get("NP6_BASE_URL"), max_retries=0) as np6:
        yield np6
