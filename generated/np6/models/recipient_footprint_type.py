# Generated from the spec enum RecipientFootprintType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class RecipientFootprintType(OpenStrEnum):
    FOOTPRINT = "footprint"

    def __str__(self) -> str:
        return str(self.value)
