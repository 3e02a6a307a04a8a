# Generated from the spec enum SuppressionEventType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class SuppressionEventType(OpenStrEnum):
    SUPPRESSION = "suppression"

    def __str__(self) -> str:
        return str(self.value)
