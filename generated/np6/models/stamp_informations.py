# Generated from #/components/schemas/StampInformations by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class StampInformations(
    Model,
):
    """Creation and last modification dates of a resource.

    Attributes:
        creation: When the resource was created.
        modification: When the resource was last modified.
    """

    creation: datetime.datetime | None = None
    modification: datetime.datetime | None = None
