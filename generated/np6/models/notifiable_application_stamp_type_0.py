# Generated from an inline schema of the spec by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class NotifiableApplicationStampType0(
    Model,
):
    """Creation and last modification dates (null when creating).

    Attributes:
        creation:
        modification:
    """

    creation: datetime.datetime | None = None
    modification: datetime.datetime | None = None
