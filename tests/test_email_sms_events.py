"""Email & SMS events: raw events of actions, replayed from cassettes.

Cassettes of operations whose 8.1.0 page prints a response sample are built from the spec's
examples; the others are hand-made from samples NP6 prints on sibling operations, with the query
string the client must send (dates as ISO 8601 or milliseconds, sort, classification).
"""

from __future__ import annotations

import datetime
from uuid import UUID

import pytest

from np6 import Client, errors
from np6.api.email_sms_events import (
    list_action_activation_events,
    list_action_bounce_events,
    list_action_cancellation_events,
    list_action_form_hit_events,
    list_action_mirror_hit_events,
    list_all_action_cancellation_events,
    list_all_action_events,
)
from np6.models import (
    ActivationEvent,
    BounceEvent,
    CancellationEvent,
    EventBounceAnalysisVerdict,
    EventReceiverFootprint,
    EventReceiverId,
    EventSortOrder,
    HitEvent,
)

UTC = datetime.UTC
#: The window of the hand-made cassettes: sent as "2021-02-23T14:00:00+00:00" and 1614099600000.
WINDOW_START = datetime.datetime(2021, 2, 23, 14, 0, tzinfo=UTC)
WINDOW_END_MS = 1_614_099_600_000


@pytest.mark.vcr
def test_list_all_action_events(client: Client) -> None:
    (event,) = list_all_action_events.sync(client=client)
    assert isinstance(event, BounceEvent)
    assert event.id == UUID("14d3d192-bd40-4c0b-9048-4469ab3a981c")
    assert event.timestamp == 1_614_089_593_000
    assert (event.identity.type_, event.identity.agency) == ("customer", "DEMO")
    assert event.source.type_ == "email"
    activation = event.source.detail.activation
    assert isinstance(activation.receiver, EventReceiverId)
    assert activation.receiver.value == "0013KDC8"
    assert activation.recipient == "example@blabla.com"
    assert activation.stamp.thread == UUID("671d5989-3bdb-41fc-96c4-7acbdcb8de5e")
    bounce = event.source.detail.bounce
    assert bounce.status.code.enhanced == "5.1.2"
    assert bounce.status.diagnostic == "bad destination system: no such domain"
    assert bounce.status.mta == ""
    assert bounce.analysis.verdict is EventBounceAnalysisVerdict.HARD
    assert bounce.analysis.subject.type_ == "address"
    assert bounce.analysis.subject.detail.type_ == "bad destination system address"


@pytest.mark.vcr
def test_list_all_action_events_in_window(client: Client) -> None:
    """A datetime is sent as ISO 8601 and an int as milliseconds; a mixed array keeps its order."""
    events = list_all_action_events.sync(client=client, start=WINDOW_START, end=WINDOW_END_MS, sort=EventSortOrder.ASC)
    assert [type(e) for e in events] == [ActivationEvent, BounceEvent]
    activation, bounce = events
    assert activation.identity.customer == "028"
    assert activation.source.detail.activation.receiver.hash_ == "0441619ab4631d18548aa8835dd2c28b"
    assert bounce.source.detail.bounce.analysis.verdict is EventBounceAnalysisVerdict.SOFT
    assert bounce.source.detail.bounce.analysis.subject.detail is None


@pytest.mark.vcr
@pytest.mark.default_cassette("test_list_all_action_events_in_window.yaml")
async def test_list_all_action_events_in_window_async(client: Client) -> None:
    events = await list_all_action_events.asyncio(
        client=client, start=WINDOW_START, end=WINDOW_END_MS, sort=EventSortOrder.ASC
    )
    assert [e.timestamp for e in events] == [1_614_089_582_000, 1_614_089_582_000]


@pytest.mark.vcr
def test_list_all_action_cancellation_events(client: Client) -> None:
    (event,) = list_all_action_cancellation_events.sync(client=client, sort=EventSortOrder.DESC)
    assert isinstance(event, CancellationEvent)
    assert event.source.detail.cancellation.value.type_ == "render"


@pytest.mark.vcr
def test_list_action_activation_events(client: Client) -> None:
    (event,) = list_action_activation_events.sync("000PE4", client=client)
    assert isinstance(event, ActivationEvent)
    assert event.id == UUID("86bc0a5d-28cb-5128-af60-5efd273d7f75")
    activation = event.source.detail.activation
    assert (activation.id, activation.kind, activation.recipient) == ("000PE4", "message", "example@np6.com")
    receiver = activation.receiver
    assert isinstance(receiver, EventReceiverFootprint)
    assert (receiver.id, receiver.unicity) == ("000R4M0T", "example@np6.com")
    assert activation.stamp.time == 1_614_089_576_625
    assert activation.stamp.id == UUID("d52055cd-e854-4177-8ef5-b10fd8d568a7")


@pytest.mark.vcr
def test_list_action_cancellation_events(client: Client) -> None:
    (event,) = list_action_cancellation_events.sync("000PE4", client=client)
    assert isinstance(event, CancellationEvent)
    execution = event.source.detail.execution
    assert (execution.id, execution.kind) == ("000PE4", "message")
    assert isinstance(execution.recipient, EventReceiverFootprint)
    assert execution.recipient.hash_ == "0441619ab4631d18548aa8835dd2c28b"
    assert execution.data.to_dict() == {"foo": 1, "bar": 2}
    assert execution.stamp.thread == UUID("a3078b19-b379-4bc2-b29a-e8229a9c9332")
    cancellation = event.source.detail.cancellation
    assert cancellation.type_ == "user defined policy"
    assert cancellation.value.message == "Lorem ipsum dolor sit amet..."


@pytest.mark.vcr
def test_list_action_bounce_events(client: Client) -> None:
    (event,) = list_action_bounce_events.sync("000PE4", client=client)
    assert isinstance(event, BounceEvent)
    assert event.source.detail.activation.receiver.value == "0013KDC0"
    analysis = event.source.detail.bounce.analysis
    assert analysis.verdict is EventBounceAnalysisVerdict.SOFT
    assert analysis.subject.type_ == "other or undefined status"
    assert event.source.detail.bounce.status.code.enhanced == "5.4.4"


@pytest.mark.vcr
def test_list_action_bounce_events_unknown_action(client: Client) -> None:
    with pytest.raises(errors.NotFoundError) as info:
        list_action_bounce_events.sync("000XXX", client=client)
    assert info.value.status_code == 404
    assert info.value.request_id == "0d8c24af-93c9-4eb0-81eb-eb2248b5ff9f"


@pytest.mark.vcr
def test_list_action_mirror_hit_events(client: Client) -> None:
    """The robot classifications are sent as one comma-separated value."""
    (event,) = list_action_mirror_hit_events.sync("000PE4", client=client, classification="genericrobot,mpp,gsr")
    assert isinstance(event, HitEvent)
    assert event.timestamp == 1_623_673_176_622
    assert event.source.detail.activation.receiver.id == "000R4M0T"


@pytest.mark.vcr
def test_list_action_form_hit_events(client: Client) -> None:
    assert (
        list_action_form_hit_events.sync("000PE4", client=client, start=1_614_099_600_000, sort=EventSortOrder.ASC)
        == []
    )
