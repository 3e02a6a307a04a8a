# Generated from the spec enum EventReceiverIdType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class EventReceiverIdType(OpenStrEnum):
    ID = "id"

    def __str__(self) -> str:
        return str(self.value)
