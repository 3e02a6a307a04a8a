# Generated from the spec enum ImportSegmentationFeatureType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ImportSegmentationFeatureType(OpenStrEnum):
    SEGMENTATION = "segmentation"

    def __str__(self) -> str:
        return str(self.value)
