# Generated from #/components/schemas/TypedExpression by templates/model.py.jinja: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from msgspec import UNSET, UnsetType

from .._models import OpenModel


class TypedExpression(OpenModel):
    """A value discriminated by `type` (e.g. a literal expression); NP6 does not list the variants.

    Attributes:
        type_:
        value: The expression (any JSON value).
    """

    NAMES = {
        "type_": "type",
        "value": "value",
    }

    if TYPE_CHECKING:

        def __init__(
            self,
            src: Mapping[str, Any] | None = None,
            /,
            *,
            type_: str | UnsetType = UNSET,
            value: Any | UnsetType = UNSET,
        ) -> None: ...

    @property
    def type_(self) -> str | None:
        value: str | None = self._field("type", str)
        return value

    @property
    def value(self) -> Any | None:
        value: Any | None = self._field("value", Any)
        return value
