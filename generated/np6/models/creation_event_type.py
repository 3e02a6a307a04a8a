# Generated from the spec enum CreationEventType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class CreationEventType(OpenStrEnum):
    CREATION = "creation"

    def __str__(self) -> str:
        return str(self.value)
