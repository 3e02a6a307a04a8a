# Generated from #/components/schemas/ValueListInput by templates/model.py.jinja: do not edit.
from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._models import Model


class ValueListInput(
    Model,
):
    """Data to create or update a value list. Values are not case sensitive.

    Attributes:
        name: Name of the value list.
        id: Identifier of the value list (updates only).
        ordered: True to show the values in alphabetical order.
        values: The values of the list.
    """

    name: str
    id: int | None = None
    ordered: bool | None | UnsetType = UNSET
    values: list[ValueListValue] | None = None


from .value_list_value import ValueListValue  # noqa: E402
