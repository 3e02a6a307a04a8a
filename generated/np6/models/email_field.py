# Generated from #/components/schemas/EmailField by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EmailField(
    Model,
    tag_field="type",
    tag="email",
    rename={
        "is_criterion": "isCriterion",
        "is_mandatory": "isMandatory",
        "is_unicity": "isUnicity",
    },
):
    """An email address field.

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

    @property
    def type_(self) -> EmailFieldType:
        """The discriminator (``type``), implied by the class."""
        return EmailFieldType.EMAIL


from .email_field_type import EmailFieldType  # noqa: E402
from .field_constraint import FieldConstraint  # noqa: E402
