# Generated from the spec enum RecipientByHashType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class RecipientByHashType(OpenStrEnum):
    HASH = "hash"

    def __str__(self) -> str:
        return str(self.value)
