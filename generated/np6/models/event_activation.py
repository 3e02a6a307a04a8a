# Generated from #/components/schemas/EventActivation by templates/model.py.jinja: do not edit.
from __future__ import annotations

from uuid import UUID

from .._models import Model


class EventActivation(
    Model,
):
    """The activation (one message to one contact) the event is about.

    Attributes:
        id: Identifier of the action or notification: a string for email and SMS actions (`000PE4`),
            an integer for notifications (`156`).
        version: Version of the notification that was activated (notification events only).
        kind: Kind of activation, e.g. `message` for an email action or `application` for a notification.
        receiver: The contact a message was for, discriminated by `type`.
        stamp: Tracking stamp of a message.
        recipient: Address the message was sent to (email address or phone number).
    """

    id: str | int | None = None
    version: UUID | None = None
    kind: str | None = None
    receiver: EventReceiver | None = None
    stamp: EventStamp | None = None
    recipient: str | None = None


from .event_receiver import EventReceiver  # noqa: E402
from .event_stamp import EventStamp  # noqa: E402
