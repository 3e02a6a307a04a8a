# Generated from #/components/schemas/WorkflowListener by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class WorkflowListener(
    Model,
):
    """An event listener of a workflow.

    Attributes:
        id:
        name:
        description:
        event: A value discriminated by `type` (e.g. a literal expression); NP6 does not list the variants.
        handler: Node handling the event.
    """

    id: str | None = None
    name: str | None = None
    description: str | None = None
    event: TypedExpression | None = None
    handler: str | None = None


from .typed_expression import TypedExpression  # noqa: E402
