# Generated from the spec enum SingleSelectListFieldType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class SingleSelectListFieldType(OpenStrEnum):
    SINGLESELECTLIST = "singleSelectList"

    def __str__(self) -> str:
        return str(self.value)
