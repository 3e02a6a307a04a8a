# Generated from an inline schema of the spec by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventCancellationValue(
    Model,
    rename={
        "type_": "type",
    },
):
    """The cause.

    Attributes:
        type_: Stage that failed, e.g. `render`.
        message: Explanation given by NP6.
    """

    type_: str | None = None
    message: str | None = None
