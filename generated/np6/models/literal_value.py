# Generated from #/components/schemas/LiteralValue by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class LiteralValue(
    Model,
    rename={
        "type_": "type",
    },
):
    """A literal expression.

    Attributes:
        type_: Kind of expression (literal in NP6's examples).
        value:
    """

    type_: str | None = None
    value: str | None = None
