from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capping_period_unit import CappingPeriodUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="CappingPeriod")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "unit",
        "value",
    }
)


@_attrs_define
class CappingPeriod:
    """Period over which a capping counts.

    Attributes:
        type_ (str | Unset):
        unit (CappingPeriodUnit | Unset):
        value (int | Unset): Number of units.
    """

    type_: str | Unset = UNSET
    unit: CappingPeriodUnit | Unset = UNSET
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unit is not UNSET:
            field_dict["unit"] = unit
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)

        _unit = d.get("unit", UNSET)
        unit: CappingPeriodUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = CappingPeriodUnit._decode(_unit)

        value = d.get("value", UNSET)

        capping_period = cls(
            type_=type_,
            unit=unit,
            value=value,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            capping_period.additional_properties = extra
        return capping_period

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
