# Generated from the spec enum FieldType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class FieldType(OpenStrEnum):
    DATE = "date"
    EMAIL = "email"
    MULTIPLESELECTLIST = "multipleSelectList"
    NUMERIC = "numeric"
    PHONE = "phone"
    SINGLESELECTLIST = "singleSelectList"
    TEXTAREA = "textArea"
    TEXTFIELD = "textField"

    def __str__(self) -> str:
        return str(self.value)
