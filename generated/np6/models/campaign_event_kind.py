# Generated from #/components/schemas/CampaignEventKind by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class CampaignEventKind(
    Model,
    rename={
        "type_": "type",
    },
):
    """An event type, optionally narrowed to some subtypes.

    Attributes:
        type_: Event type, e.g. `hit`.
        subtypes: Subtypes of the event type, e.g. for hits `open`, `form`, `unsubscribe`, `redirection`, `mirror`.
    """

    type_: str | None = None
    subtypes: list[str] | None = None
