# Generated from the spec enum MultipleSelectListFieldType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class MultipleSelectListFieldType(OpenStrEnum):
    MULTIPLESELECTLIST = "multipleSelectList"

    def __str__(self) -> str:
        return str(self.value)
