from .._decoding import OpenStrEnum


class RecipientByUnicityType(OpenStrEnum):
    UNICITY = "unicity"

    def __str__(self) -> str:
        return str(self.value)
