# Generated from the spec enum ImportExecutionStateCode by templates/int_enum.py.jinja: do not edit.
from .._decoding import OpenIntEnum


class ImportExecutionStateCode(OpenIntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_2 = 2

    def __str__(self) -> str:
        return str(self.value)
