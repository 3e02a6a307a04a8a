from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeletedTarget")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "unicity",
    }
)


@_attrs_define
class DeletedTarget:
    """A contact removed by a bulk deletion (v8 documentation).

    Attributes:
        id (str | Unset): Identifier of the deleted contact.
        unicity (list[str] | Unset): Its unicity criteria values.
    """

    id: str | Unset = UNSET
    unicity: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        unicity: list[str] | Unset = UNSET
        if not isinstance(self.unicity, Unset):
            unicity = self.unicity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if unicity is not UNSET:
            field_dict["unicity"] = unicity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        unicity = cast(list[str], d.get("unicity", UNSET))

        deleted_target = cls(
            id=id,
            unicity=unicity,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            deleted_target.additional_properties = extra
        return deleted_target

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
