# Generated from #/components/schemas/ImpressionEvent by templates/model.py.jinja: do not edit.
from __future__ import annotations

from uuid import UUID

from .._models import Model


class ImpressionEvent(
    Model,
    tag_field="type",
    tag="impression",
):
    """A notification or display content was shown to the contact.

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
    def type_(self) -> ImpressionEventType:
        """The discriminator (``type``), implied by the class."""
        return ImpressionEventType.IMPRESSION


from .event_identity import EventIdentity  # noqa: E402
from .event_source import EventSource  # noqa: E402
from .impression_event_type import ImpressionEventType  # noqa: E402
