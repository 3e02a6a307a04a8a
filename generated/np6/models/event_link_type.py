# Generated from the spec enum EventLinkType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class EventLinkType(OpenStrEnum):
    FORM = "form"
    MIRROR = "mirror"
    OPEN = "open"
    REDIRECTION = "redirection"
    UNSUBSCRIBE = "unsubscribe"

    def __str__(self) -> str:
        return str(self.value)
