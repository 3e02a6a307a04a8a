# Generated from the spec enum RecipientByUnicityType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class RecipientByUnicityType(OpenStrEnum):
    UNICITY = "unicity"

    def __str__(self) -> str:
        return str(self.value)
