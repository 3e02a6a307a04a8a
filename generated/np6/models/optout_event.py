# Generated from #/components/schemas/OptoutEvent by templates/model.py.jinja: do not edit.
from __future__ import annotations

from uuid import UUID

from .._models import Model


class OptoutEvent(
    Model,
    tag_field="type",
    tag="optout",
):
    """The contact opted out of a channel (seen on notification reactivities).

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
    def type_(self) -> OptoutEventType:
        """The discriminator (``type``), implied by the class."""
        return OptoutEventType.OPTOUT


from .event_identity import EventIdentity  # noqa: E402
from .event_source import EventSource  # noqa: E402
from .optout_event_type import OptoutEventType  # noqa: E402
