# Generated from #/components/schemas/FieldConstraint by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class FieldConstraint(
    Model,
):
    """A constraint on the values a field accepts.

    Attributes:
        operator: Constraint operator: 0 none, 1 greater than, 2 less than, 3 greater or equal, 4 less or equal, 5
            equal.
        value: The value the operator compares with.
    """

    operator: FieldConstraintOperator | None = None
    value: str | None = None


from .field_constraint_operator import FieldConstraintOperator  # noqa: E402
