from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketingPressurePredicate")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "expressions",
    }
)


@_attrs_define
class MarketingPressurePredicate:
    """Logical condition of a rule (its kinds are not documented).

    Attributes:
        type_ (str | Unset):
        expressions (list[MarketingPressurePredicateExpressionsItem] | Unset): The expressions the logical operator
            applies to.
    """

    type_: str | Unset = UNSET
    expressions: list[MarketingPressurePredicateExpressionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        expressions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expressions, Unset):
            expressions = []
            for expressions_item_data in self.expressions:
                expressions_item = expressions_item_data.to_dict()
                expressions.append(expressions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if expressions is not UNSET:
            field_dict["expressions"] = expressions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)

        _expressions = d.get("expressions", UNSET)
        expressions: list[MarketingPressurePredicateExpressionsItem] | Unset = UNSET
        if _expressions is not UNSET:
            expressions = [
                MarketingPressurePredicateExpressionsItem.from_dict(expressions_item_data)
                for expressions_item_data in _expressions
            ]

        marketing_pressure_predicate = cls(
            type_=type_,
            expressions=expressions,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            marketing_pressure_predicate.additional_properties = extra
        return marketing_pressure_predicate

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.marketing_pressure_predicate_expressions_item import MarketingPressurePredicateExpressionsItem  # noqa: E402
