# Generated from the spec enum EmailFieldType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class EmailFieldType(OpenStrEnum):
    EMAIL = "email"

    def __str__(self) -> str:
        return str(self.value)
