"""Notification reactivity: reactions to the activations of notifications, replayed from cassettes.

The opt-out cassette comes from the spec's example (NP6's sample, cut in the reference inside the
receiver); the others are hand-made.
"""

from __future__ import annotations

from uuid import UUID

import pytest

from np6 import Client
from np6.api.notification_reactivity import (
    list_all_notification_bounce_reactivities,
    list_all_notification_hit_reactivities,
    list_all_notification_reactivities,
    list_notification_optout_reactivities,
)
from np6.models import EventSortOrder, OptoutEvent


@pytest.mark.vcr
def test_list_notification_optout_reactivities(client: Client) -> None:
    (event,) = list_notification_optout_reactivities.sync(156, client=client)
    assert isinstance(event, OptoutEvent)
    assert event.id == UUID("14d3d192-bd40-4c0b-9048-4469ab3a981c")
    assert event.timestamp == 1_614_089_593_000
    assert event.source.type_ == "notification"
    activation = event.source.detail.activation
    assert (activation.id, activation.kind) == (156, "application")
    assert activation.version == UUID("ca0eeca3-49c7-4d0d-b814-9182571b6b70")


@pytest.mark.vcr
def test_list_all_notification_reactivities(client: Client) -> None:
    (event,) = list_all_notification_reactivities.sync(client=client, sort=EventSortOrder.ASC)
    assert isinstance(event, OptoutEvent)
    assert event.identity.customer == "028"


@pytest.mark.vcr
def test_list_all_notification_hit_reactivities(client: Client) -> None:
    assert list_all_notification_hit_reactivities.sync(client=client, reactivity_end=1_614_099_600_000) == []


@pytest.mark.vcr
def test_list_all_notification_bounce_reactivities(client: Client) -> None:
    response = list_all_notification_bounce_reactivities.sync_detailed(client=client)
    assert response.status_code == 200
    assert response.parsed == []
