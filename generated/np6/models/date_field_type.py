from .._decoding import OpenStrEnum


class DateFieldType(OpenStrEnum):
    DATE = "date"

    def __str__(self) -> str:
        return str(self.value)
