# Generated from the spec enum ImpressionEventType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ImpressionEventType(OpenStrEnum):
    IMPRESSION = "impression"

    def __str__(self) -> str:
        return str(self.value)
