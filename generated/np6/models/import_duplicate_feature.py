from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_duplicate_feature_type import ImportDuplicateFeatureType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportDuplicateFeature")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "rules",
    }
)


@_attrs_define
class ImportDuplicateFeature:
    """How duplicates in the file are handled.

    Attributes:
        type_ (ImportDuplicateFeatureType):
        rules (ImportDuplicateRules | Unset): Which line wins when the file holds the same contact several times (set
            one to true).
    """

    type_: ImportDuplicateFeatureType
    rules: ImportDuplicateRules | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = self.rules.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ImportDuplicateFeatureType._decode(d["type"])

        _rules = d.get("rules", UNSET)
        rules: ImportDuplicateRules | Unset
        if isinstance(_rules, Unset):
            rules = UNSET
        else:
            rules = ImportDuplicateRules.from_dict(_rules)

        import_duplicate_feature = cls(
            type_=type_,
            rules=rules,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            import_duplicate_feature.additional_properties = extra
        return import_duplicate_feature

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


from ..models.import_duplicate_rules import ImportDuplicateRules  # noqa: E402
