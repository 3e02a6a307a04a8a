# Generated from the spec enum NumericFieldType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class NumericFieldType(OpenStrEnum):
    NUMERIC = "numeric"

    def __str__(self) -> str:
        return str(self.value)
