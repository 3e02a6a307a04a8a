from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_normalization_feature_type import ImportNormalizationFeatureType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportNormalizationFeature")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "fields",
    }
)


@_attrs_define
class ImportNormalizationFeature:
    """Normalisation of phone numbers, per field.

    Attributes:
        type_ (ImportNormalizationFeatureType):
        fields (ImportNormalizationFeatureFields | Unset): Field id (as a string) to the ISO 3166 alpha-3 country codes
            used to normalise its phone numbers.
    """

    type_: ImportNormalizationFeatureType
    fields: ImportNormalizationFeatureFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ImportNormalizationFeatureType._decode(d["type"])

        _fields = d.get("fields", UNSET)
        fields: ImportNormalizationFeatureFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = ImportNormalizationFeatureFields.from_dict(_fields)

        import_normalization_feature = cls(
            type_=type_,
            fields=fields,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            import_normalization_feature.additional_properties = extra
        return import_normalization_feature

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


from ..models.import_normalization_feature_fields import ImportNormalizationFeatureFields  # noqa: E402
