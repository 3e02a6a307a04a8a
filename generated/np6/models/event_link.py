# Generated from #/components/schemas/EventLink by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventLink(
    Model,
    rename={
        "type_": "type",
    },
):
    """The tracked element a hit event is about. Structure and types from the two hit samples the
    8.1.0 reference shows in full (mirror and form hits of an action) and the field report.

    Attributes:
        type_: Kind of tracked element: `open` (tracking pixel), `redirection` (a tracked link),
            `unsubscribe`, `mirror` (online version of the message) or `form` (an NP6 form).
        label: Label given to the link in the message (its `dataminingname` attribute).
        source: Part of the message the tracked element was in, e.g. `html` (both documented hit samples).
        value: Identifier of the tracked element's target where it has one, e.g. the NP6 form id
            (`0000F1`) on a form hit; absent from the documented mirror hit.
    """

    type_: EventLinkType | None = None
    label: str | None = None
    source: str | None = None
    value: str | None = None


from .event_link_type import EventLinkType  # noqa: E402
