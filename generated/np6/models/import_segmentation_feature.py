from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_segmentation_feature_type import ImportSegmentationFeatureType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportSegmentationFeature")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "segmentId",
        "emptyExisitingSegment",
    }
)


@_attrs_define
class ImportSegmentationFeature:
    """Add the imported contacts to a segment.

    Attributes:
        type_ (ImportSegmentationFeatureType):
        segment_id (int | Unset): Segment the imported contacts are added to.
        empty_exisiting_segment (bool | Unset): True to empty the segment first (NP6 spells the property this way).
    """

    type_: ImportSegmentationFeatureType
    segment_id: int | Unset = UNSET
    empty_exisiting_segment: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        segment_id = self.segment_id

        empty_exisiting_segment = self.empty_exisiting_segment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if segment_id is not UNSET:
            field_dict["segmentId"] = segment_id
        if empty_exisiting_segment is not UNSET:
            field_dict["emptyExisitingSegment"] = empty_exisiting_segment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ImportSegmentationFeatureType._decode(d["type"])

        segment_id = d.get("segmentId", UNSET)

        empty_exisiting_segment = d.get("emptyExisitingSegment", UNSET)

        import_segmentation_feature = cls(
            type_=type_,
            segment_id=segment_id,
            empty_exisiting_segment=empty_exisiting_segment,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            import_segmentation_feature.additional_properties = extra
        return import_segmentation_feature

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
