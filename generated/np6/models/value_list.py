# Generated from #/components/schemas/ValueList by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ValueList(
    Model,
):
    """A value list (enumeration) backing single and multiple select fields.

    Attributes:
        id: Identifier of the value list.
        name: Name of the value list.
        ordered: True to show the values in alphabetical order rather than in creation order.
        values: The values of the list.
    """

    id: int
    name: str
    ordered: bool | None = None
    values: list[ValueListValue] | None = None


from .value_list_value import ValueListValue  # noqa: E402
