from .._decoding import OpenStrEnum


class ImportSegmentationFeatureType(OpenStrEnum):
    SEGMENTATION = "segmentation"

    def __str__(self) -> str:
        return str(self.value)
