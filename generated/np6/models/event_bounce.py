# Generated from #/components/schemas/EventBounce by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventBounce(
    Model,
):
    """A delivery failure and NP6's analysis of it.

    Attributes:
        status: The status reported by the receiving side.
        analysis: NP6's classification of the bounce.
    """

    status: EventBounceStatus | None = None
    analysis: EventBounceAnalysis | None = None


from .event_bounce_analysis import EventBounceAnalysis  # noqa: E402
from .event_bounce_status import EventBounceStatus  # noqa: E402
