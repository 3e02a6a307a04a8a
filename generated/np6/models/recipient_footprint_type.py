from .._decoding import OpenStrEnum


class RecipientFootprintType(OpenStrEnum):
    FOOTPRINT = "footprint"

    def __str__(self) -> str:
        return str(self.value)
