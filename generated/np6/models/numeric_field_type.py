from .._decoding import OpenStrEnum


class NumericFieldType(OpenStrEnum):
    NUMERIC = "numeric"

    def __str__(self) -> str:
        return str(self.value)
