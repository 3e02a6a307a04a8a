# Generated from an inline schema of the spec by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventBounceAnalysisSubject(
    Model,
    rename={
        "type_": "type",
    },
):
    """What the failure is about.

    Attributes:
        type_: e.g. `address`, `other or undefined status`.
        detail: Finer classification.
    """

    type_: str | None = None
    detail: EventBounceAnalysisSubjectDetail | None = None


from .event_bounce_analysis_subject_detail import EventBounceAnalysisSubjectDetail  # noqa: E402
