from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValueListInput")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "name",
        "id",
        "ordered",
        "values",
    }
)


@_attrs_define
class ValueListInput:
    """Data to create or update a value list. Values are not case sensitive.

    Attributes:
        name (str): Name of the value list.
        id (int | Unset): Identifier of the value list (updates only).
        ordered (bool | None | Unset): True to show the values in alphabetical order.
        values (list[ValueListValue] | Unset): The values of the list.
    """

    name: str
    id: int | Unset = UNSET
    ordered: bool | None | Unset = UNSET
    values: list[ValueListValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        ordered: bool | None | Unset
        if isinstance(self.ordered, Unset):
            ordered = UNSET
        else:
            ordered = self.ordered

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if ordered is not UNSET:
            field_dict["ordered"] = ordered
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        id = d.get("id", UNSET)

        ordered = d.get("ordered", UNSET)

        _values = d.get("values", UNSET)
        values: list[ValueListValue] | Unset = UNSET
        if _values is not UNSET:
            values = [ValueListValue.from_dict(values_item_data) for values_item_data in _values]

        value_list_input = cls(
            name=name,
            id=id,
            ordered=ordered,
            values=values,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            value_list_input.additional_properties = extra
        return value_list_input

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


from ..models.value_list_value import ValueListValue  # noqa: E402
