# Generated from #/components/schemas/EventReceiverFootprint by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventReceiverFootprint(
    Model,
    tag_field="type",
    tag="footprint",
    rename={
        "hash_": "hash",
    },
):
    """The contact named by all its identifiers.

    Attributes:
        id: Contact (target) identifier.
        unicity: Value of the contact's unicity field(s).
        hash_: Hash of the contact.
    """

    id: str | None = None
    unicity: str | None = None
    hash_: str | None = None

    @property
    def type_(self) -> EventReceiverFootprintType:
        """The discriminator (``type``), implied by the class."""
        return EventReceiverFootprintType.FOOTPRINT


from .event_receiver_footprint_type import EventReceiverFootprintType  # noqa: E402
