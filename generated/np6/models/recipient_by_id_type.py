# Generated from the spec enum RecipientByIdType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class RecipientByIdType(OpenStrEnum):
    ID = "id"

    def __str__(self) -> str:
        return str(self.value)
