# Generated from the spec enum ExecutionSuccessType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ExecutionSuccessType(OpenStrEnum):
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
