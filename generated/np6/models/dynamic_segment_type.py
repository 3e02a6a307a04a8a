# Generated from the spec enum DynamicSegmentType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class DynamicSegmentType(OpenStrEnum):
    DYNAMIC = "dynamic"

    def __str__(self) -> str:
        return str(self.value)
