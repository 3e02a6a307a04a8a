# Generated from #/components/schemas/EventReceiver by templates/union.py.jinja: do not edit.
"""EventReceiver: The contact a message was for, discriminated by `type`.

Members (by ``type``): ``footprint`` EventReceiverFootprint, ``id`` EventReceiverId, ``contact`` EventReceiverContact.
Anything else (a kind NP6 added, no ``type``, or a known kind that does not
decode) is a :class:`UnknownEventReceiver`, which keeps the raw object and reads the fields every
member shares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from .._decoding import UnknownVariant, register
from .._models import Model
from .event_receiver_contact import EventReceiverContact
from .event_receiver_footprint import EventReceiverFootprint
from .event_receiver_id import EventReceiverId


class EventReceiverShared(Model):
    """The fields every EventReceiver member has (read on its unknown member)."""

    pass


class UnknownEventReceiver(UnknownVariant[EventReceiverShared]):
    """A EventReceiver this client cannot decode as one of its members (see ``raw``, ``error``)."""

    __slots__ = ()
    DISCRIMINATOR = "type"
    SHARED = EventReceiverShared


if TYPE_CHECKING:
    EventReceiver: TypeAlias = EventReceiverFootprint | EventReceiverId | EventReceiverContact | UnknownEventReceiver
else:  # what msgspec decodes; an unknown member is placed by np6._decoding's fallback
    EventReceiver = EventReceiverFootprint | EventReceiverId | EventReceiverContact

register(UnknownEventReceiver, EventReceiverFootprint, EventReceiverId, EventReceiverContact)
