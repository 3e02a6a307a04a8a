# Generated from the spec enum TextAreaFieldType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class TextAreaFieldType(OpenStrEnum):
    TEXTAREA = "textArea"

    def __str__(self) -> str:
        return str(self.value)
