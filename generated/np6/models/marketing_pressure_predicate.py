# Generated from #/components/schemas/MarketingPressurePredicate by templates/model.py.jinja: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from msgspec import UNSET, UnsetType

from .._models import OpenModel


class MarketingPressurePredicate(OpenModel):
    """Logical condition of a rule (its kinds are not documented).

    Attributes:
        type_:
        expressions: The expressions the logical operator applies to.
    """

    NAMES = {
        "type_": "type",
        "expressions": "expressions",
    }

    if TYPE_CHECKING:

        def __init__(
            self,
            src: Mapping[str, Any] | None = None,
            /,
            *,
            type_: str | UnsetType = UNSET,
            expressions: list[MarketingPressurePredicateExpressionsItem] | UnsetType = UNSET,
        ) -> None: ...

    @property
    def type_(self) -> str | None:
        value: str | None = self._field("type", str)
        return value

    @property
    def expressions(self) -> list[MarketingPressurePredicateExpressionsItem] | None:
        value: list[MarketingPressurePredicateExpressionsItem] | None = self._field(
            "expressions", list[MarketingPressurePredicateExpressionsItem]
        )
        return value


from .marketing_pressure_predicate_expressions_item import MarketingPressurePredicateExpressionsItem  # noqa: E402
