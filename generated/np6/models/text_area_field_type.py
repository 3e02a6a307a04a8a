from .._decoding import OpenStrEnum


class TextAreaFieldType(OpenStrEnum):
    TEXTAREA = "textArea"

    def __str__(self) -> str:
        return str(self.value)
