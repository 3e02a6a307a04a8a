from .._decoding import OpenStrEnum


class EmailFieldType(OpenStrEnum):
    EMAIL = "email"

    def __str__(self) -> str:
        return str(self.value)
