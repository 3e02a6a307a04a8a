from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportBind")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "columnIndex",
        "fieldId",
    }
)


@_attrs_define
class ImportBind:
    """Mapping of one file column to a field.

    Attributes:
        column_index (int | Unset): Position of the column in the file, from 0.
        field_id (int | Unset): Field receiving the column (-10 for a column that is not imported).
    """

    column_index: int | Unset = UNSET
    field_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column_index = self.column_index

        field_id = self.field_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column_index is not UNSET:
            field_dict["columnIndex"] = column_index
        if field_id is not UNSET:
            field_dict["fieldId"] = field_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        column_index = d.get("columnIndex", UNSET)

        field_id = d.get("fieldId", UNSET)

        import_bind = cls(
            column_index=column_index,
            field_id=field_id,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            import_bind.additional_properties = extra
        return import_bind

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
