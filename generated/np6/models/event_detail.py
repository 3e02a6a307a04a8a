# Generated from #/components/schemas/EventDetail by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventDetail(
    Model,
):
    """Detail of the event. Which parts are present depends on the event type: `activation` on
    activation, bounce, hit and reactivity events; `execution` on execution and cancellation
    events; `cancellation`, `bounce`, `link` and `client` on the events of that kind.

    Attributes:
        activation: The activation (one message to one contact) the event is about.
        execution: The execution (send request) the event is about.
        cancellation: Why an execution was cancelled.
        bounce: A delivery failure and NP6's analysis of it.
        link: The tracked element a hit event is about. Structure and types from the two hit samples the
            8.1.0 reference shows in full (mirror and form hits of an action) and the field report.
        client: The client (browser, mail client or robot) that made the tracked request.
    """

    activation: EventActivation | None = None
    execution: EventExecution | None = None
    cancellation: EventCancellation | None = None
    bounce: EventBounce | None = None
    link: EventLink | None = None
    client: EventClient | None = None


from .event_activation import EventActivation  # noqa: E402
from .event_bounce import EventBounce  # noqa: E402
from .event_cancellation import EventCancellation  # noqa: E402
from .event_client import EventClient  # noqa: E402
from .event_execution import EventExecution  # noqa: E402
from .event_link import EventLink  # noqa: E402
