from .._decoding import OpenStrEnum


class RecipientByHashType(OpenStrEnum):
    HASH = "hash"

    def __str__(self) -> str:
        return str(self.value)
