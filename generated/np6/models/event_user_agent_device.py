# Generated from #/components/schemas/EventUserAgentDevice by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventUserAgentDevice(
    Model,
    rename={
        "type_": "type",
    },
):
    """The device parsed from the user agent.

    Attributes:
        type_: Kind of device, e.g. `Smartphone`.
    """

    type_: str | None = None
