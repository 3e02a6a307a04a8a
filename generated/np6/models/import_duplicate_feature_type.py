# Generated from the spec enum ImportDuplicateFeatureType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ImportDuplicateFeatureType(OpenStrEnum):
    DUPLICATE = "duplicate"

    def __str__(self) -> str:
        return str(self.value)
