from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_constraint_operator import FieldConstraintOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldConstraint")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "operator",
        "value",
    }
)


@_attrs_define
class FieldConstraint:
    """A constraint on the values a field accepts.

    Attributes:
        operator (FieldConstraintOperator | Unset): Constraint operator: 0 none, 1 greater than, 2 less than, 3 greater
            or equal, 4 less or equal, 5 equal.
        value (str | Unset): The value the operator compares with.
    """

    operator: FieldConstraintOperator | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator: int | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _operator = d.get("operator", UNSET)
        operator: FieldConstraintOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = FieldConstraintOperator._decode(_operator)

        value = d.get("value", UNSET)

        field_constraint = cls(
            operator=operator,
            value=value,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            field_constraint.additional_properties = extra
        return field_constraint

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
