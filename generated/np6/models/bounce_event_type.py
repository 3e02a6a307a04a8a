# Generated from the spec enum BounceEventType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class BounceEventType(OpenStrEnum):
    BOUNCE = "bounce"

    def __str__(self) -> str:
        return str(self.value)
