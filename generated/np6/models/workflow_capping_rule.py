# Generated from #/components/schemas/WorkflowCappingRule by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class WorkflowCappingRule(
    Model,
):
    """A capping rule limiting how often nodes of a workflow run.

    Attributes:
        key: A value discriminated by `type` (e.g. a literal expression); NP6 does not list the variants.
        increment: Value added to the counter at each pass.
        threshold: Counter value at which the capping applies.
        period: Period over which a capping counts.
        nodes: Identifiers of the capped nodes.
    """

    key: TypedExpression | None = None
    increment: int | None = None
    threshold: int | None = None
    period: CappingPeriod | None = None
    nodes: list[str] | None = None


from .capping_period import CappingPeriod  # noqa: E402
from .typed_expression import TypedExpression  # noqa: E402
