# Generated from #/components/schemas/EventClient by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventClient(
    Model,
    rename={
        "type_": "type",
    },
):
    """The client (browser, mail client or robot) that made the tracked request.

    Attributes:
        type_: Kind of client as NP6 classifies it, e.g. `web` (documented hit samples).
        ip: IP address of the client.
        ua: The client's user agent, raw and parsed. Shape and types from the two hit samples the 8.1.0
            reference shows in full (mirror and form hits of an action).
    """

    type_: str | None = None
    ip: EventClientIp | None = None
    ua: EventUserAgent | None = None


from .event_client_ip import EventClientIp  # noqa: E402
from .event_user_agent import EventUserAgent  # noqa: E402
