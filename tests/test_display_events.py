"""Display events, replayed from hand-made cassettes (the 8.1.0 pages print no sample)."""

from __future__ import annotations

import datetime

import pytest

from np6 import Client
from np6.api.display_events import list_display_activation_events, list_display_content_activation_events
from np6.models import EventSortOrder

UTC = datetime.UTC


@pytest.mark.vcr
def test_list_display_activation_events(client: Client) -> None:
    """Both ends of the window as datetimes: each is sent as ISO 8601 (the cassette holds the query)."""
    instant = datetime.datetime(2021, 2, 23, 14, 0, tzinfo=UTC)
    events = list_display_activation_events.sync(client=client, start=instant, end=instant, sort=EventSortOrder.DESC)
    assert events == []


@pytest.mark.vcr
def test_list_display_content_activation_events(client: Client) -> None:
    response = list_display_content_activation_events.sync_detailed("content-1", client=client, sort=EventSortOrder.ASC)
    assert response.status_code == 200
    assert response.parsed == []
