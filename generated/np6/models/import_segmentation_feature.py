# Generated from #/components/schemas/ImportSegmentationFeature by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ImportSegmentationFeature(
    Model,
    tag_field="type",
    tag="segmentation",
    rename={
        "empty_exisiting_segment": "emptyExisitingSegment",
        "segment_id": "segmentId",
    },
):
    """Add the imported contacts to a segment.

    Attributes:
        segment_id: Segment the imported contacts are added to.
        empty_exisiting_segment: True to empty the segment first (NP6 spells the property this way).
    """

    segment_id: int | None = None
    empty_exisiting_segment: bool | None = None

    @property
    def type_(self) -> ImportSegmentationFeatureType:
        """The discriminator (``type``), implied by the class."""
        return ImportSegmentationFeatureType.SEGMENTATION


from .import_segmentation_feature_type import ImportSegmentationFeatureType  # noqa: E402
