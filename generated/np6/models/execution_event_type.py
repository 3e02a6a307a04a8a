# Generated from the spec enum ExecutionEventType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ExecutionEventType(OpenStrEnum):
    EXECUTION = "execution"

    def __str__(self) -> str:
        return str(self.value)
