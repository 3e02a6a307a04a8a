# Generated from the spec enum ActivationEventType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ActivationEventType(OpenStrEnum):
    ACTIVATION = "activation"

    def __str__(self) -> str:
        return str(self.value)
