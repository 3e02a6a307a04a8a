from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_database_feature_type import ImportDatabaseFeatureType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportDatabaseFeature")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "updateExisting",
        "crushData",
    }
)


@_attrs_define
class ImportDatabaseFeature:
    """How the import writes into the contact database.

    Attributes:
        type_ (ImportDatabaseFeatureType):
        update_existing (bool | Unset): True to update the contacts that already exist.
        crush_data (bool | Unset): True to overwrite existing values with empty ones from the file.
    """

    type_: ImportDatabaseFeatureType
    update_existing: bool | Unset = UNSET
    crush_data: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        update_existing = self.update_existing

        crush_data = self.crush_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if update_existing is not UNSET:
            field_dict["updateExisting"] = update_existing
        if crush_data is not UNSET:
            field_dict["crushData"] = crush_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ImportDatabaseFeatureType._decode(d["type"])

        update_existing = d.get("updateExisting", UNSET)

        crush_data = d.get("crushData", UNSET)

        import_database_feature = cls(
            type_=type_,
            update_existing=update_existing,
            crush_data=crush_data,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            import_database_feature.additional_properties = extra
        return import_database_feature

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
