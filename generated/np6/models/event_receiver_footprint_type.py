# Generated from the spec enum EventReceiverFootprintType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class EventReceiverFootprintType(OpenStrEnum):
    FOOTPRINT = "footprint"

    def __str__(self) -> str:
        return str(self.value)
