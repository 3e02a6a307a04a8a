# Generated from the spec enum CancellationEventType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class CancellationEventType(OpenStrEnum):
    CANCELLATION = "cancellation"

    def __str__(self) -> str:
        return str(self.value)
