# Generated from the spec enum DateFieldType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class DateFieldType(OpenStrEnum):
    DATE = "date"

    def __str__(self) -> str:
        return str(self.value)
