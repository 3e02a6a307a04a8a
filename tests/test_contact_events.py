"""Contact events: the events of one contact, replayed from hand-made cassettes.

The 8.1.0 pages of this tag print only placeholder samples, so the responses hold event samples
NP6 prints on the action event pages. The stop operation names its contact by exactly one of
`id`, `unicity` or `hash`: one cassette per form checks the query string sent.
"""

from __future__ import annotations

import datetime

import pytest

from np6 import Client, errors
from np6.api.contact_events import (
    list_contact_activation_events,
    list_contact_events,
    list_contact_form_hit_events,
    list_contact_open_hit_events,
    lookup_contact_activation_events,
    lookup_contact_stop_events,
)
from np6.models import ActivationEvent, BounceEvent, EventReceiverFootprint, EventSortOrder, HitEvent

UTC = datetime.UTC
CONTACT = "000R4M0T"
HASH = "0441619ab4631d18548aa8835dd2c28b"


@pytest.mark.vcr
def test_list_contact_events(client: Client) -> None:
    start = datetime.datetime(2021, 2, 23, 14, 0, tzinfo=UTC)
    events = list_contact_events.sync(CONTACT, client=client, start=start, sort=EventSortOrder.ASC)
    assert [type(e) for e in events] == [ActivationEvent, BounceEvent, HitEvent]
    assert [e.type_ for e in events] == ["activation", "bounce", "hit"]


@pytest.mark.vcr
def test_list_contact_activation_events(client: Client) -> None:
    (event,) = list_contact_activation_events.sync(CONTACT, client=client)
    receiver = event.source.detail.activation.receiver
    assert isinstance(receiver, EventReceiverFootprint)
    assert (receiver.id, receiver.unicity, receiver.hash_) == (CONTACT, "example@np6.com", HASH)


@pytest.mark.vcr
def test_list_contact_form_hit_events(client: Client) -> None:
    assert list_contact_form_hit_events.sync(CONTACT, client=client, classification="mpp") == []


@pytest.mark.vcr
def test_list_contact_open_hit_events(client: Client) -> None:
    (event,) = list_contact_open_hit_events.sync(
        CONTACT, client=client, end=1_614_099_600_000, classification="genericrobot,gsr"
    )
    assert isinstance(event, HitEvent)
    assert event.source.detail.activation.id == "000PE4"


@pytest.mark.vcr
def test_list_contact_open_hit_events_unknown_contact(client: Client) -> None:
    with pytest.raises(errors.NotFoundError) as info:
        list_contact_open_hit_events.sync("000NOPE0", client=client)
    assert info.value.request_id == "0d8c24af-93c9-4eb0-81eb-eb2248b5ff9f"
    assert info.value.path == "/targets/000NOPE0/events/hits/open"


@pytest.mark.vcr
def test_lookup_contact_activation_events(client: Client) -> None:
    (event,) = lookup_contact_activation_events.sync(client=client, hash_=HASH, sort=EventSortOrder.ASC)
    assert isinstance(event, ActivationEvent)
    assert event.source.detail.activation.recipient == "example@np6.com"


@pytest.mark.vcr
def test_lookup_contact_stop_events_by_id(client: Client) -> None:
    assert lookup_contact_stop_events.sync(client=client, id=CONTACT) == []


@pytest.mark.vcr
def test_lookup_contact_stop_events_by_unicity(client: Client) -> None:
    start = datetime.datetime(2021, 2, 23, 14, 0, tzinfo=UTC)
    assert lookup_contact_stop_events.sync(client=client, unicity="example@np6.com", start=start) == []


@pytest.mark.vcr
def test_lookup_contact_stop_events_by_hash(client: Client) -> None:
    assert lookup_contact_stop_events.sync(client=client, hash_=HASH) == []
