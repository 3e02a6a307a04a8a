from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_red_list_feature_type import ImportRedListFeatureType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportRedListFeature")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "destination",
    }
)


@_attrs_define
class ImportRedListFeature:
    """Put the imported contacts in redlists.

    Attributes:
        type_ (ImportRedListFeatureType):
        destination (ImportRedListDestination | Unset): Which redlists the imported contacts go to.
    """

    type_: ImportRedListFeatureType
    destination: ImportRedListDestination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if destination is not UNSET:
            field_dict["destination"] = destination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ImportRedListFeatureType._decode(d["type"])

        _destination = d.get("destination", UNSET)
        destination: ImportRedListDestination | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = ImportRedListDestination.from_dict(_destination)

        import_red_list_feature = cls(
            type_=type_,
            destination=destination,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            import_red_list_feature.additional_properties = extra
        return import_red_list_feature

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


from ..models.import_red_list_destination import ImportRedListDestination  # noqa: E402
