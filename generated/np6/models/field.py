# Generated from #/components/schemas/Field by templates/union.py.jinja: do not edit.
"""Field: A field (column) of the contact database, discriminated by `type`.

Members (by ``type``): ``singleSelectList`` SingleSelectListField, ``multipleSelectList`` MultipleSelectListField, ``email`` EmailField, ``phone`` PhoneField, ``textArea`` TextAreaField, ``numeric`` NumericField, ``textField`` TextField, ``date`` DateField.
Anything else (a kind NP6 added, no ``type``, or a known kind that does not
decode) is a :class:`UnknownField`, which keeps the raw object and reads the fields every
member shares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from .._decoding import UnknownVariant, register
from .._models import Model
from .date_field import DateField
from .email_field import EmailField
from .field_constraint import FieldConstraint
from .multiple_select_list_field import MultipleSelectListField
from .numeric_field import NumericField
from .phone_field import PhoneField
from .single_select_list_field import SingleSelectListField
from .text_area_field import TextAreaField
from .text_field import TextField


class FieldShared(
    Model,
    rename={
        "is_criterion": "isCriterion",
        "is_mandatory": "isMandatory",
        "is_unicity": "isUnicity",
    },
):
    """The fields every Field member has (read on its unknown member)."""

    id: int | None = None
    name: str | None = None
    is_unicity: bool | None = None
    is_mandatory: bool | None = None
    is_criterion: bool | None = None
    constraint: FieldConstraint | None = None


class UnknownField(UnknownVariant[FieldShared]):
    """A Field this client cannot decode as one of its members (see ``raw``, ``error``)."""

    __slots__ = ()
    DISCRIMINATOR = "type"
    SHARED = FieldShared

    @property
    def id(self) -> int | None:
        return None if self.shared is None else self.shared.id

    @property
    def name(self) -> str | None:
        return None if self.shared is None else self.shared.name

    @property
    def is_unicity(self) -> bool | None:
        return None if self.shared is None else self.shared.is_unicity

    @property
    def is_mandatory(self) -> bool | None:
        return None if self.shared is None else self.shared.is_mandatory

    @property
    def is_criterion(self) -> bool | None:
        return None if self.shared is None else self.shared.is_criterion

    @property
    def constraint(self) -> FieldConstraint | None:
        return None if self.shared is None else self.shared.constraint


if TYPE_CHECKING:
    Field: TypeAlias = (
        SingleSelectListField
        | MultipleSelectListField
        | EmailField
        | PhoneField
        | TextAreaField
        | NumericField
        | TextField
        | DateField
        | UnknownField
    )
else:  # what msgspec decodes; an unknown member is placed by np6._decoding's fallback
    Field = (
        SingleSelectListField
        | MultipleSelectListField
        | EmailField
        | PhoneField
        | TextAreaField
        | NumericField
        | TextField
        | DateField
    )

register(
    UnknownField,
    SingleSelectListField,
    MultipleSelectListField,
    EmailField,
    PhoneField,
    TextAreaField,
    NumericField,
    TextField,
    DateField,
)
