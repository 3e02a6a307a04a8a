# Generated from #/components/schemas/EventBounceAnalysis by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventBounceAnalysis(
    Model,
):
    """NP6's classification of the bounce.

    Attributes:
        verdict: `hard`: permanent failure (the address is unusable); `soft`: temporary failure.
        subject: What the failure is about.
    """

    verdict: EventBounceAnalysisVerdict | None = None
    subject: EventBounceAnalysisSubject | None = None


from .event_bounce_analysis_subject import EventBounceAnalysisSubject  # noqa: E402
from .event_bounce_analysis_verdict import EventBounceAnalysisVerdict  # noqa: E402
