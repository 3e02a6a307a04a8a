# Generated from the spec enum TargetDeletionBySegmentType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class TargetDeletionBySegmentType(OpenStrEnum):
    SEGMENT = "segment"

    def __str__(self) -> str:
        return str(self.value)
