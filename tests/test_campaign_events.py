"""Campaign events: events of campaign items, replayed from the cassette built on NP6's sample."""

from __future__ import annotations

from uuid import UUID

import pytest

from np6 import Client
from np6.api.campaign_events import list_campaign_item_events
from np6.models import (
    CampaignEventKind,
    CampaignEventsRequest,
    CampaignItemsEvents,
    EventReceiverFootprint,
    ExecutionEvent,
)


def _hits_of_two_actions() -> CampaignEventsRequest:
    hits = CampaignEventKind(type_="hit", subtypes=["open", "form", "unsubscribe", "redirection", "mirror"])
    return CampaignEventsRequest(
        items_events=[CampaignItemsEvents(type_="email", events=[hits], items=["actionId1", "actionId2"])]
    )


def test_request_body_keeps_string_and_integer_items() -> None:
    body = CampaignEventsRequest.from_dict({"itemsEvents": [{"type": "notification", "items": [156, "000PE4"]}]})
    assert body.items_events[0].items == [156, "000PE4"]
    assert body.to_dict() == {"itemsEvents": [{"type": "notification", "items": [156, "000PE4"]}]}


@pytest.mark.vcr
def test_list_campaign_item_events(client: Client) -> None:
    (event,) = list_campaign_item_events.sync("1", client=client, body=_hits_of_two_actions())
    assert isinstance(event, ExecutionEvent)
    assert event.id == UUID("b794a047-b15a-498c-9e46-8762d009bfb1")
    assert event.timestamp == 1_614_089_576_718
    execution = event.source.detail.execution
    assert (execution.id, execution.kind) == ("000PE4", "message")
    assert isinstance(execution.recipient, EventReceiverFootprint)
    assert execution.recipient.unicity == "example@np6.com"
    assert execution.data["foo"] == 1
    assert execution.stamp.id == UUID("340adff4-c193-427e-9e14-6a27633b77f6")
