# Generated from the spec enum OptoutEventType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class OptoutEventType(OpenStrEnum):
    OPTOUT = "optout"

    def __str__(self) -> str:
        return str(self.value)
