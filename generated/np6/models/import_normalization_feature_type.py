# Generated from the spec enum ImportNormalizationFeatureType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ImportNormalizationFeatureType(OpenStrEnum):
    NORMALIZATION = "normalization"

    def __str__(self) -> str:
        return str(self.value)
