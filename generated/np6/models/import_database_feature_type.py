# Generated from the spec enum ImportDatabaseFeatureType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ImportDatabaseFeatureType(OpenStrEnum):
    DATABASE = "database"

    def __str__(self) -> str:
        return str(self.value)
