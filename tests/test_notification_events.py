"""Notification events, replayed from hand-made cassettes (the 8.1.0 pages print no sample).

The responses hold the notification event NP6 prints on the notification reactivity pages, so
the integer activation id and the notification version decode as they would here.
"""

from __future__ import annotations

import datetime
from uuid import UUID

import pytest

from np6 import Client
from np6.api.notification_events import (
    list_notification_activation_events,
    list_notification_cancellation_events,
    list_notification_execution_events,
)
from np6.models import EventSortOrder, ExecutionEvent

UTC = datetime.UTC


@pytest.mark.vcr
def test_list_notification_activation_events(client: Client) -> None:
    """The notification id is an integer path parameter; the start date goes out as ISO 8601."""
    start = datetime.datetime(2021, 2, 23, 14, 0, tzinfo=UTC)
    assert list_notification_activation_events.sync(156, client=client, start=start, sort=EventSortOrder.ASC) == []


@pytest.mark.vcr
def test_list_notification_execution_events(client: Client) -> None:
    (event,) = list_notification_execution_events.sync(156, client=client, end=1_614_099_600_000)
    assert isinstance(event, ExecutionEvent)
    assert event.source.type_ == "notification"
    activation = event.source.detail.activation
    assert activation.id == 156
    assert activation.version == UUID("ca0eeca3-49c7-4d0d-b814-9182571b6b70")
    assert activation.kind == "application"


@pytest.mark.vcr
def test_list_notification_cancellation_events(client: Client) -> None:
    response = list_notification_cancellation_events.sync_detailed(156, client=client)
    assert response.status_code == 200
    assert response.parsed == []
