# Generated from the spec enum TextFieldType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class TextFieldType(OpenStrEnum):
    TEXTFIELD = "textField"

    def __str__(self) -> str:
        return str(self.value)
