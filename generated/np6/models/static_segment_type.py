# Generated from the spec enum StaticSegmentType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class StaticSegmentType(OpenStrEnum):
    STATIC = "static"

    def __str__(self) -> str:
        return str(self.value)
