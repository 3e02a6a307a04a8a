# Generated from #/components/schemas/BaseEvent by templates/union.py.jinja: do not edit.
"""BaseEvent: One event of NP6's event streams, discriminated by `type` (the field NP6 marks
"Discriminator"). NP6 adds event kinds over time: a client must expect types that are not
listed here. Used by the operations that return several kinds of events.

Members (by ``type``): ``activation`` ActivationEvent, ``execution`` ExecutionEvent, ``cancellation`` CancellationEvent, ``bounce`` BounceEvent, ``hit`` HitEvent, ``creation`` CreationEvent, ``modification`` ModificationEvent, ``impression`` ImpressionEvent, ``suppression`` SuppressionEvent, ``optout`` OptoutEvent, ``reply`` ReplyEvent, ``complaint`` ComplaintEvent, ``delivery`` DeliveryEvent.
Anything else (a kind NP6 added, no ``type``, or a known kind that does not
decode) is a :class:`UnknownBaseEvent`, which keeps the raw object and reads the fields every
member shares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias
from uuid import UUID

from .._decoding import UnknownVariant, register
from .activation_event import ActivationEvent
from .bounce_event import BounceEvent
from .cancellation_event import CancellationEvent
from .complaint_event import ComplaintEvent
from .creation_event import CreationEvent
from .delivery_event import DeliveryEvent
from .event_envelope import EventEnvelope
from .event_identity import EventIdentity
from .event_source import EventSource
from .execution_event import ExecutionEvent
from .hit_event import HitEvent
from .impression_event import ImpressionEvent
from .modification_event import ModificationEvent
from .optout_event import OptoutEvent
from .reply_event import ReplyEvent
from .suppression_event import SuppressionEvent


class UnknownBaseEvent(UnknownVariant[EventEnvelope]):
    """A BaseEvent this client cannot decode as one of its members (see ``raw``, ``error``)."""

    __slots__ = ()
    DISCRIMINATOR = "type"
    SHARED = EventEnvelope

    @property
    def id(self) -> UUID | None:
        return None if self.shared is None else self.shared.id

    @property
    def timestamp(self) -> int | None:
        return None if self.shared is None else self.shared.timestamp

    @property
    def identity(self) -> EventIdentity | None:
        return None if self.shared is None else self.shared.identity

    @property
    def source(self) -> EventSource | None:
        return None if self.shared is None else self.shared.source


if TYPE_CHECKING:
    BaseEvent: TypeAlias = (
        ActivationEvent
        | ExecutionEvent
        | CancellationEvent
        | BounceEvent
        | HitEvent
        | CreationEvent
        | ModificationEvent
        | ImpressionEvent
        | SuppressionEvent
        | OptoutEvent
        | ReplyEvent
        | ComplaintEvent
        | DeliveryEvent
        | UnknownBaseEvent
    )
else:  # what msgspec decodes; an unknown member is placed by np6._decoding's fallback
    BaseEvent = (
        ActivationEvent
        | ExecutionEvent
        | CancellationEvent
        | BounceEvent
        | HitEvent
        | CreationEvent
        | ModificationEvent
        | ImpressionEvent
        | SuppressionEvent
        | OptoutEvent
        | ReplyEvent
        | ComplaintEvent
        | DeliveryEvent
    )

register(
    UnknownBaseEvent,
    ActivationEvent,
    ExecutionEvent,
    CancellationEvent,
    BounceEvent,
    HitEvent,
    CreationEvent,
    ModificationEvent,
    ImpressionEvent,
    SuppressionEvent,
    OptoutEvent,
    ReplyEvent,
    ComplaintEvent,
    DeliveryEvent,
)
