# Generated from the spec enum ModificationEventType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ModificationEventType(OpenStrEnum):
    MODIFICATION = "modification"

    def __str__(self) -> str:
        return str(self.value)
