# Generated from the spec enum TargetDeletionByIdType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class TargetDeletionByIdType(OpenStrEnum):
    ID = "id"

    def __str__(self) -> str:
        return str(self.value)
