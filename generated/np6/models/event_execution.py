# Generated from #/components/schemas/EventExecution by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventExecution(
    Model,
):
    """The execution (send request) the event is about.

    Attributes:
        id: Identifier of the action or notification: a string for email and SMS actions (`000PE4`),
            an integer for notifications (`156`).
        kind: Kind of execution, e.g. `message`.
        recipient: The contact a message was for, discriminated by `type`.
        data: Free-form data passed with the execution.
        stamp: Tracking stamp of a message.
    """

    id: str | int | None = None
    kind: str | None = None
    recipient: EventReceiver | None = None
    data: EventExecutionData | None = None
    stamp: EventStamp | None = None


from .event_execution_data import EventExecutionData  # noqa: E402
from .event_receiver import EventReceiver  # noqa: E402
from .event_stamp import EventStamp  # noqa: E402
