# Generated from #/components/schemas/CampaignEventsRequest by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class CampaignEventsRequest(
    Model,
    rename={
        "items_events": "itemsEvents",
    },
):
    """Which events of which campaign items to return.

    Attributes:
        items_events: One entry per channel.
    """

    items_events: list[CampaignItemsEvents] | None = None


from .campaign_items_events import CampaignItemsEvents  # noqa: E402
