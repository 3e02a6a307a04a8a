# Generated from #/components/schemas/ValueListValue by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ValueListValue(
    Model,
):
    """One value of a value list.

    Attributes:
        index: Identifier of the value within its list.
        value: The value (NP6 compares values case-insensitively).
    """

    index: int
    value: str
