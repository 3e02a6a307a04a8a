from .._decoding import OpenStrEnum


class ImportDuplicateFeatureType(OpenStrEnum):
    DUPLICATE = "duplicate"

    def __str__(self) -> str:
        return str(self.value)
