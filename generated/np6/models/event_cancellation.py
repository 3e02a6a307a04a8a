# Generated from #/components/schemas/EventCancellation by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventCancellation(
    Model,
    rename={
        "type_": "type",
    },
):
    """Why an execution was cancelled.

    Attributes:
        type_: Kind of cancellation, e.g. `user defined policy`.
        value: The cause.
    """

    type_: str | None = None
    value: EventCancellationValue | None = None


from .event_cancellation_value import EventCancellationValue  # noqa: E402
