# Generated from #/components/schemas/EventUserAgentOs by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventUserAgentOs(
    Model,
):
    """The operating system parsed from the user agent.

    Attributes:
        name: Name and version of the system, e.g. `Android 10`.
        family: Family of the system, e.g. `Android`.
        vendor: Maker of the system, e.g. `Google Inc.`.
    """

    name: str | None = None
    family: str | None = None
    vendor: str | None = None
