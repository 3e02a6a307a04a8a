# Generated from #/components/schemas/DeliveryEvent by templates/model.py.jinja: do not edit.
from __future__ import annotations

from uuid import UUID

from .._models import Model


class DeliveryEvent(
    Model,
    tag_field="type",
    tag="delivery",
):
    """The receiving server accepted the message. Known from the field report on 8.1.0 (events
    polled from `GET /actions/events`); the 8.1.0 reference's list of event types omits it.

    Attributes:
        id: Unique identifier of the event.
        timestamp: When NP6 published the event, in milliseconds since 1970-01-01T00:00:00Z.
        identity: The account the event belongs to (NP6's underlying identity).
        source: What produced the event (channel) and the event's detail.
    """

    id: UUID | None = None
    timestamp: int | None = None
    identity: EventIdentity | None = None
    source: EventSource | None = None

    @property
    def type_(self) -> DeliveryEventType:
        """The discriminator (``type``), implied by the class."""
        return DeliveryEventType.DELIVERY


from .delivery_event_type import DeliveryEventType  # noqa: E402
from .event_identity import EventIdentity  # noqa: E402
from .event_source import EventSource  # noqa: E402
