# Generated from the spec enum EventClientIpType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class EventClientIpType(OpenStrEnum):
    V4 = "v4"
    V6 = "v6"

    def __str__(self) -> str:
        return str(self.value)
