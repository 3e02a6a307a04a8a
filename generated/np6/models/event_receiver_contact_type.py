# Generated from the spec enum EventReceiverContactType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class EventReceiverContactType(OpenStrEnum):
    CONTACT = "contact"

    def __str__(self) -> str:
        return str(self.value)
