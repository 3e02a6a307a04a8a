from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportDuplicateRules")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "first",
        "last",
        "ignore",
    }
)


@_attrs_define
class ImportDuplicateRules:
    """Which line wins when the file holds the same contact several times (set one to true).

    Attributes:
        first (bool | Unset): Keep the first line.
        last (bool | Unset): Keep the last line.
        ignore (bool | Unset): Ignore the duplicates (v8 documentation).
    """

    first: bool | Unset = UNSET
    last: bool | Unset = UNSET
    ignore: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first = self.first

        last = self.last

        ignore = self.ignore

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first is not UNSET:
            field_dict["first"] = first
        if last is not UNSET:
            field_dict["last"] = last
        if ignore is not UNSET:
            field_dict["ignore"] = ignore

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        first = d.get("first", UNSET)

        last = d.get("last", UNSET)

        ignore = d.get("ignore", UNSET)

        import_duplicate_rules = cls(
            first=first,
            last=last,
            ignore=ignore,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            import_duplicate_rules.additional_properties = extra
        return import_duplicate_rules

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
