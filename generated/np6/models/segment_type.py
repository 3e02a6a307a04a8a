# Generated from the spec enum SegmentType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class SegmentType(OpenStrEnum):
    DYNAMIC = "dynamic"
    STATIC = "static"

    def __str__(self) -> str:
        return str(self.value)
