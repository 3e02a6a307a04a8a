# Generated from #/components/schemas/EventClientIp by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventClientIp(
    Model,
    rename={
        "type_": "type",
    },
):
    """IP address of the client.

    Attributes:
        type_: IP version.
        value: The address.
    """

    type_: EventClientIpType | None = None
    value: str | None = None


from .event_client_ip_type import EventClientIpType  # noqa: E402
