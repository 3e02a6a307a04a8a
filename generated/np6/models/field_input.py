# Generated from #/components/schemas/FieldInput by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class FieldInput(
    Model,
    rename={
        "is_mandatory": "isMandatory",
        "is_unicity": "isUnicity",
        "type_": "type",
        "value_list_id": "valueListId",
    },
):
    """Data to create or update a field. `valueListId` applies to the two select list kinds
    only. NP6 answers 409 when another field already has the name.

    Attributes:
        type_: Kind of field (the discriminator of NP6's field objects).
        name: Name of the field.
        is_unicity: True to make the field part of the unicity key.
        is_mandatory: True to require a value for every contact.
        id: Identifier of the field (listed second in the 8.1.0 create body; NP6 sets it on creation).
        constraint: A constraint on the values a field accepts.
        value_list_id: Value list of a single or multiple select field.
    """

    type_: FieldType
    name: str
    is_unicity: bool
    is_mandatory: bool
    id: int | None = None
    constraint: FieldConstraint | None = None
    value_list_id: int | None = None


from .field_constraint import FieldConstraint  # noqa: E402
from .field_type import FieldType  # noqa: E402
