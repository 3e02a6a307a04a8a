from .._decoding import OpenStrEnum


class RecipientByIdType(OpenStrEnum):
    ID = "id"

    def __str__(self) -> str:
        return str(self.value)
