# Generated from #/components/schemas/Campaign by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime
from uuid import UUID

from .._models import Model


class Campaign(
    Model,
    rename={
        "creation_date": "creationDate",
        "end_date": "endDate",
        "start_date": "startDate",
        "update_date": "updateDate",
    },
):
    """A campaign grouping several items over a period.

    Attributes:
        id: Identifier of the campaign.
        name:
        description:
        start_date: Start of the campaign.
        end_date: End of the campaign.
        creation_date: When the campaign was created.
        update_date: When the campaign was last updated.
        items: Items of the campaign.
    """

    id: UUID | None = None
    name: str | None = None
    description: str | None = None
    start_date: datetime.datetime | None = None
    end_date: datetime.datetime | None = None
    creation_date: datetime.datetime | None = None
    update_date: datetime.datetime | None = None
    items: list[CampaignItem] | None = None


from .campaign_item import CampaignItem  # noqa: E402
