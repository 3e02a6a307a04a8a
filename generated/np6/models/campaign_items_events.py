# Generated from #/components/schemas/CampaignItemsEvents by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class CampaignItemsEvents(
    Model,
    rename={
        "type_": "type",
    },
):
    """Event kinds wanted for some items (actions) of one channel.

    Attributes:
        type_: Channel of the items, e.g. `email`.
        events: Event kinds wanted.
        items: Identifiers of the campaign items. The reference's schema says int32 while its example
            gives action ids as strings; both are accepted.
    """

    type_: str | None = None
    events: list[CampaignEventKind] | None = None
    items: list[str | int] | None = None


from .campaign_event_kind import CampaignEventKind  # noqa: E402
