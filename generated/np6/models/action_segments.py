# Generated from #/components/schemas/ActionSegments by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ActionSegments(
    Model,
):
    """Segments a campaign is sent to.

    Attributes:
        selected: Identifiers of the segments to send to.
        excluded: Identifiers of the segments whose contacts are excluded.
    """

    selected: list[int] | None = None
    excluded: list[int] | None = None
