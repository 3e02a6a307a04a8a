# Generated from #/components/schemas/EventReceiverId by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventReceiverId(
    Model,
    tag_field="type",
    tag="id",
):
    """The contact named by its identifier only.

    Attributes:
        value: Contact (target) identifier.
    """

    value: str | None = None

    @property
    def type_(self) -> EventReceiverIdType:
        """The discriminator (``type``), implied by the class."""
        return EventReceiverIdType.ID


from .event_receiver_id_type import EventReceiverIdType  # noqa: E402
