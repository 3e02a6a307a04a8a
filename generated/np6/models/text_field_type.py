from .._decoding import OpenStrEnum


class TextFieldType(OpenStrEnum):
    TEXTFIELD = "textField"

    def __str__(self) -> str:
        return str(self.value)
