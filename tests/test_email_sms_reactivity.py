"""Email & SMS reactivity: reactions to the activations of actions, replayed from cassettes.

The redirection, unsubscribe and all-actions mirror cassettes come from the spec's examples (NP6's
samples, cut in the reference after the receiver); the others are hand-made with the two pairs of
date filters the reactivity operations take.
"""

from __future__ import annotations

import datetime
from uuid import UUID

import pytest

from np6 import Client
from np6.api.email_sms_reactivity import (
    list_action_redirection_hit_reactivities,
    list_action_unsubscribe_hit_reactivities,
    list_all_action_bounce_reactivities,
    list_all_action_mirror_hit_reactivities,
    list_all_action_open_hit_reactivities,
    list_all_action_reactivities,
)
from np6.models import BounceEvent, EventBounceAnalysisVerdict, EventReceiverFootprint, EventSortOrder, HitEvent

UTC = datetime.UTC
INSTANT = datetime.datetime(2021, 2, 23, 14, 0, tzinfo=UTC)
INSTANT_MS = 1_614_099_600_000


@pytest.mark.vcr
def test_list_all_action_reactivities(client: Client) -> None:
    """activationStart/End and reactivityStart/End each take a datetime or milliseconds."""
    events = list_all_action_reactivities.sync(
        client=client,
        activation_start=INSTANT,
        activation_end=INSTANT_MS,
        reactivity_start=INSTANT_MS,
        reactivity_end=INSTANT,
        sort=EventSortOrder.ASC,
    )
    assert [type(e) for e in events] == [HitEvent, BounceEvent]
    assert events[1].source.detail.bounce.analysis.verdict is EventBounceAnalysisVerdict.HARD


@pytest.mark.vcr
def test_list_all_action_bounce_reactivities(client: Client) -> None:
    events = list_all_action_bounce_reactivities.sync(client=client, reactivity_start=INSTANT_MS)
    assert [e.source.detail.bounce.analysis.verdict for e in events] == [
        EventBounceAnalysisVerdict.HARD,
        EventBounceAnalysisVerdict.SOFT,
    ]
    assert [e.source.detail.activation.receiver.value for e in events] == ["0013KDC8", "0013KDC0"]


@pytest.mark.vcr
def test_list_all_action_mirror_hit_reactivities(client: Client) -> None:
    (event,) = list_all_action_mirror_hit_reactivities.sync(client=client)
    assert isinstance(event, HitEvent)
    assert event.id == UUID("08531d18-152f-4337-892c-3fc967b65082")
    receiver = event.source.detail.activation.receiver
    assert isinstance(receiver, EventReceiverFootprint)
    assert receiver.hash_ == "0441619ab4631d18548aa8835dd2c28b"
    assert event.source.detail.activation.stamp is None


@pytest.mark.vcr
def test_list_all_action_open_hit_reactivities(client: Client) -> None:
    assert (
        list_all_action_open_hit_reactivities.sync(client=client, activation_start=INSTANT, activation_end=INSTANT)
        == []
    )


@pytest.mark.vcr
def test_list_action_redirection_hit_reactivities(client: Client) -> None:
    (event,) = list_action_redirection_hit_reactivities.sync("000PE4", client=client)
    assert isinstance(event, HitEvent)
    assert event.id == UUID("a078443a-c21b-4b7c-876a-407af1dc55e1")
    assert event.source.detail.activation.receiver.unicity == "example@np6.com"


@pytest.mark.vcr
def test_list_action_unsubscribe_hit_reactivities(client: Client) -> None:
    (event,) = list_action_unsubscribe_hit_reactivities.sync("000PE4", client=client)
    assert isinstance(event, HitEvent)
    assert event.id == UUID("9d4a2136-02af-4dbb-bd16-e0dcf39ee2c1")
    assert (event.identity.type_, event.identity.agency) == ("customer", "DEMO")
    assert event.source.detail.activation.kind == "message"
