# Generated from #/components/schemas/EventUserAgentClient by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventUserAgentClient(
    Model,
    rename={
        "type_": "type",
    },
):
    """The browser or mail client parsed from the user agent.

    Attributes:
        type_: Kind of client, e.g. `Mobile browser`.
        name: Name of the client, e.g. `Android webview`.
        vendor: Maker of the client, e.g. `Google Inc.`.
    """

    type_: str | None = None
    name: str | None = None
    vendor: str | None = None
