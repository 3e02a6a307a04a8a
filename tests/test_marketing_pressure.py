"""Marketing Pressure operations replayed from cassettes built on NP6's documented examples."""

from __future__ import annotations

import datetime
import json
from uuid import UUID

import httpx
import pytest

from np6 import Client
from np6.api.marketing_pressure import (
    get_mandatory_topic_option,
    list_marketing_pressure_rules,
    list_marketing_pressure_topics,
    set_mandatory_topic_option,
)

UTC = datetime.UTC


@pytest.mark.vcr
def test_list_marketing_pressure_topics(client: Client) -> None:
    black_friday, singles_day = list_marketing_pressure_topics.sync(client=client)
    assert black_friday.id == UUID("aae42f42-3759-4e80-94c5-e47daab1487b")
    assert black_friday.label == "Black friday"
    assert black_friday.stamp.creation == datetime.datetime(2026, 2, 5, 9, 27, 59, 755000, tzinfo=UTC)
    assert black_friday.created_by == "Connected user"
    assert singles_day.label == "Singles Day"


@pytest.mark.vcr
def test_list_marketing_pressure_rules(client: Client) -> None:
    (rule,) = list_marketing_pressure_rules.sync(client=client)
    assert rule.label == "At most 3 marketing emails a week"
    assert rule.predicate.type_ == "and"
    assert rule.predicate.expressions[0]["type"] == "topic"
    assert rule.stamp.modification == datetime.datetime(2026, 2, 6, 10, 0, tzinfo=UTC)


@pytest.mark.vcr
def test_get_mandatory_topic_option(client: Client) -> None:
    assert get_mandatory_topic_option.sync(client=client) is True


@pytest.mark.vcr
def test_set_mandatory_topic_option(client: Client) -> None:
    assert set_mandatory_topic_option.sync(client=client, body=False) is False


def test_set_mandatory_topic_option_sends_a_bare_boolean() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=True)

    transport = httpx.MockTransport(handler)
    with Client(api_key="k", base_url="https://np6.test", max_retries=0, transport=transport) as np6:
        assert set_mandatory_topic_option.sync(client=np6, body=True) is True
    (request,) = seen
    assert request.method == "PUT"
    assert json.loads(request.content) is True
