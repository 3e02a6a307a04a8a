"""Campaign operations replayed from cassettes built on NP6's documented examples."""

from __future__ import annotations

import datetime
from uuid import UUID

import pytest

from np6 import Client
from np6.api.campaign import create_campaign
from np6.models import Campaign, CampaignItem

UTC = datetime.UTC


@pytest.mark.vcr
def test_create_campaign(client: Client) -> None:
    body = Campaign(
        name="Black Friday 2025",
        description="Emails and push notifications of the Black Friday week",
        start_date=datetime.datetime(2025, 11, 24, tzinfo=UTC),
        end_date=datetime.datetime(2025, 12, 1, tzinfo=UTC),
        items=[CampaignItem(type_="email", id=1201), CampaignItem(type_="email", id=1202)],
    )
    campaign = create_campaign.sync(client=client, body=body)
    assert campaign.id == UUID("497f6eca-6276-4993-bfeb-53cbbbba6f08")
    assert campaign.name == "Black Friday 2025"
    assert campaign.creation_date == datetime.datetime(2025, 11, 2, 10, 15, 22, tzinfo=UTC)
    assert campaign.end_date - campaign.start_date == datetime.timedelta(days=7)
    assert [(i.type_, i.id) for i in campaign.items] == [("email", 1201), ("email", 1202)]
