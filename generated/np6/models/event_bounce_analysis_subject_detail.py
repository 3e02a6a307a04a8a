# Generated from an inline schema of the spec by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventBounceAnalysisSubjectDetail(
    Model,
    rename={
        "type_": "type",
    },
):
    """Finer classification.

    Attributes:
        type_: e.g. `bad destination system address`.
    """

    type_: str | None = None
