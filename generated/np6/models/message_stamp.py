# Generated from #/components/schemas/MessageStamp by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class MessageStamp(
    Model,
    rename={
        "set_": "set",
    },
):
    """Tracking identifiers of a message (conversation flow); NP6 generates any that are omitted.

    Attributes:
        time: Creation time, in milliseconds since 1970-01-01T00:00:00Z.
        id: Stamp id.
        thread: Thread id.
        set_: Set id.
    """

    time: int | None = None
    id: str | None = None
    thread: str | None = None
    set_: str | None = None
