# Generated from #/components/schemas/SingleSelectListField by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class SingleSelectListField(
    Model,
    tag_field="type",
    tag="singleSelectList",
    rename={
        "is_criterion": "isCriterion",
        "is_mandatory": "isMandatory",
        "is_unicity": "isUnicity",
        "value_list_id": "valueListId",
    },
):
    """A field holding one value of a value list.

    Attributes:
        id: Identifier of the field.
        name: Name of the field.
        is_unicity: True when the field is (part of) the unicity key identifying a contact.
        is_mandatory: True when every contact must have a value.
        is_criterion: True when the field can be used as a segmentation criterion.
        constraint: A constraint on the values a field accepts.
        value_list_id: Value list holding the allowed values (see the Enumeration operations).
    """

    id: int
    name: str
    is_unicity: bool | None = None
    is_mandatory: bool | None = None
    is_criterion: bool | None = None
    constraint: FieldConstraint | None = None
    value_list_id: int | None = None

    @property
    def type_(self) -> SingleSelectListFieldType:
        """The discriminator (``type``), implied by the class."""
        return SingleSelectListFieldType.SINGLESELECTLIST


from .field_constraint import FieldConstraint  # noqa: E402
from .single_select_list_field_type import SingleSelectListFieldType  # noqa: E402
