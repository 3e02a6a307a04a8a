from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_deletion_by_unicity_type import TargetDeletionByUnicityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TargetDeletionByUnicity")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "value",
    }
)


@_attrs_define
class TargetDeletionByUnicity:
    """Delete the contacts with these unicity values.

    Attributes:
        type_ (TargetDeletionByUnicityType):
        value (list[list[str]] | Unset): One entry per contact, each the list of its unicity criteria values (e.g.
            `[["a@b.c"], ["d@e.f"]]`).
    """

    type_: TargetDeletionByUnicityType
    value: list[list[str]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value: list[list[str]] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = []
            for value_item_data in self.value:
                value_item = value_item_data

                value.append(value_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = TargetDeletionByUnicityType._decode(d["type"])

        _value = d.get("value", UNSET)
        value: list[list[str]] | Unset = UNSET
        if _value is not UNSET:
            value = []
            for value_item_data in _value:
                value_item = cast(list[str], value_item_data)

                value.append(value_item)

        target_deletion_by_unicity = cls(
            type_=type_,
            value=value,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            target_deletion_by_unicity.additional_properties = extra
        return target_deletion_by_unicity

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
