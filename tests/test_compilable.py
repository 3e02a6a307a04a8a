"""Compilable operations replayed from cassettes built on NP6's documented examples."""

from __future__ import annotations

import datetime
from uuid import UUID

import httpx
import pytest

from np6 import Client
from np6.api.compilable import duplicate_compilable, execute_compilable, list_compilable_flaws
from np6.models import CompilableFlaw, ExecuteCompilableBody

UTC = datetime.UTC
COMPILABLE = UUID("6d1f0c3e-8a43-4d0b-9a57-3f7c2b1e9d10")


@pytest.mark.vcr
def test_duplicate_compilable(client: Client) -> None:
    copy = duplicate_compilable.sync(COMPILABLE, client=client)
    assert copy.id == UUID("0f8e2f55-3c1e-4f0b-8d7e-5a4c3b2a1908")
    assert copy.name == "Active customers (copy)"
    assert copy.state == "draft"
    assert copy.stamp.creation == datetime.datetime(2025, 6, 2, 8, 0, tzinfo=UTC)
    assert copy.value.type_ == "search"
    assert copy.value.parameters == []


@pytest.mark.vcr
def test_execute_compilable(client: Client) -> None:
    result = execute_compilable.sync(COMPILABLE, client=client, body=ExecuteCompilableBody.from_dict({"days": 90}))
    assert result.type_ == "success"
    assert result.arguments["days"] == 90
    assert result.value == {"count": 1542}


@pytest.mark.vcr
def test_list_compilable_flaws(client: Client) -> None:
    (flaw,) = list_compilable_flaws.sync(COMPILABLE, client=client)
    assert isinstance(flaw, CompilableFlaw)
    assert flaw.type_ == "missingParameter"
    assert flaw["name"] == "days"


def test_duplicate_compilable_sends_content_length_zero() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": str(COMPILABLE), "name": "copy"})

    transport = httpx.MockTransport(handler)
    with Client(api_key="k", base_url="https://np6.test", max_retries=0, transport=transport) as np6:
        assert duplicate_compilable.sync(COMPILABLE, client=np6).name == "copy"
    (request,) = seen
    assert request.url.path == f"/scripting/compilables/{COMPILABLE}/duplication"
    assert request.headers["Content-Length"] == "0"
