# Generated from the spec enum HitEventType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class HitEventType(OpenStrEnum):
    HIT = "hit"

    def __str__(self) -> str:
        return str(self.value)
