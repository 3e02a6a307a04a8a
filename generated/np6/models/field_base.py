# Generated from #/components/schemas/FieldBase by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class FieldBase(
    Model,
    rename={
        "is_criterion": "isCriterion",
        "is_mandatory": "isMandatory",
        "is_unicity": "isUnicity",
    },
):
    """Properties every kind of field has (the `type` discriminator is on each kind).

    Attributes:
        id: Identifier of the field.
        name: Name of the field.
        is_unicity: True when the field is (part of) the unicity key identifying a contact.
        is_mandatory: True when every contact must have a value.
        is_criterion: True when the field can be used as a segmentation criterion.
        constraint: A constraint on the values a field accepts.
    """

    id: int
    name: str
    is_unicity: bool | None = None
    is_mandatory: bool | None = None
    is_criterion: bool | None = None
    constraint: FieldConstraint | None = None


from .field_constraint import FieldConstraint  # noqa: E402
