from .._decoding import OpenStrEnum


class ImportNormalizationFeatureType(OpenStrEnum):
    NORMALIZATION = "normalization"

    def __str__(self) -> str:
        return str(self.value)
