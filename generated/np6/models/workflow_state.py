# Generated from the spec enum WorkflowState by templates/int_enum.py.jinja: do not edit.
from .._decoding import OpenIntEnum


class WorkflowState(OpenIntEnum):
    VALUE_0 = 0
    VALUE_1 = 1

    def __str__(self) -> str:
        return str(self.value)
