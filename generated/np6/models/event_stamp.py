# Generated from #/components/schemas/EventStamp by templates/model.py.jinja: do not edit.
from __future__ import annotations

from uuid import UUID

from .._models import Model


class EventStamp(
    Model,
):
    """Tracking stamp of a message.

    Attributes:
        time: When the message was stamped, in milliseconds since the epoch.
        id: Identifier of the message (the id an execution returned).
        thread: Identifier of the thread the message belongs to.
    """

    time: int | None = None
    id: UUID | None = None
    thread: UUID | None = None
