# Generated from #/components/schemas/EventUserAgent by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventUserAgent(
    Model,
    rename={
        "type_": "type",
    },
):
    """The client's user agent, raw and parsed. Shape and types from the two hit samples the 8.1.0
    reference shows in full (mirror and form hits of an action).

    Attributes:
        type_: Form of the user agent; `parsed` (raw header plus its parsed parts) in both documented
            samples. Other values are not documented.
        ua: The raw User-Agent header.
        client: The browser or mail client parsed from the user agent.
        os: The operating system parsed from the user agent.
        device: The device parsed from the user agent.
    """

    type_: str | None = None
    ua: str | None = None
    client: EventUserAgentClient | None = None
    os: EventUserAgentOs | None = None
    device: EventUserAgentDevice | None = None


from .event_user_agent_client import EventUserAgentClient  # noqa: E402
from .event_user_agent_device import EventUserAgentDevice  # noqa: E402
from .event_user_agent_os import EventUserAgentOs  # noqa: E402
