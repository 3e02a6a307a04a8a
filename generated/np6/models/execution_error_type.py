# Generated from the spec enum ExecutionErrorType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ExecutionErrorType(OpenStrEnum):
    ERROR = "error"

    def __str__(self) -> str:
        return str(self.value)
