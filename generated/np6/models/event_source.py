# Generated from #/components/schemas/EventSource by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventSource(
    Model,
    rename={
        "type_": "type",
    },
):
    """What produced the event (channel) and the event's detail.

    Attributes:
        type_: Channel of the event. Documented values: `email`, `notification`. Other channels (SMS,
            display) use their own value, not printed in the reference.
        detail: Detail of the event. Which parts are present depends on the event type: `activation` on
            activation, bounce, hit and reactivity events; `execution` on execution and cancellation
            events; `cancellation`, `bounce`, `link` and `client` on the events of that kind.
    """

    type_: str | None = None
    detail: EventDetail | None = None


from .event_detail import EventDetail  # noqa: E402
