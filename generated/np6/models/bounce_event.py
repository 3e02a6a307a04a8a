# Generated from #/components/schemas/BounceEvent by templates/model.py.jinja: do not edit.
from __future__ import annotations

from uuid import UUID

from .._models import Model


class BounceEvent(
    Model,
    tag_field="type",
    tag="bounce",
):
    """Delivery failed; `source.detail.bounce` holds the server's answer and NP6's hard/soft verdict.

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
    def type_(self) -> BounceEventType:
        """The discriminator (``type``), implied by the class."""
        return BounceEventType.BOUNCE


from .bounce_event_type import BounceEventType  # noqa: E402
from .event_identity import EventIdentity  # noqa: E402
from .event_source import EventSource  # noqa: E402
