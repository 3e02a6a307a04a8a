# Generated from an inline schema of the spec by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class ActionMonitorLastSent(
    Model,
):
    """ActionMonitorLastSent.

    Attributes:
        at: When the action was last sent.
    """

    at: datetime.datetime | None = None
