# Generated from #/components/schemas/EventReceiverContact by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventReceiverContact(
    Model,
    tag_field="type",
    tag="contact",
):
    """The contact of a notification; `value` describes it (its shape is not printed in full by the reference).

    Attributes:
        value: The contact, itself typed by a `type` property.
    """

    value: EventReceiverContactValue | None = None

    @property
    def type_(self) -> EventReceiverContactType:
        """The discriminator (``type``), implied by the class."""
        return EventReceiverContactType.CONTACT


from .event_receiver_contact_type import EventReceiverContactType  # noqa: E402
from .event_receiver_contact_value import EventReceiverContactValue  # noqa: E402
