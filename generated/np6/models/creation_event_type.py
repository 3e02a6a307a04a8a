from .._decoding import OpenStrEnum


class CreationEventType(OpenStrEnum):
    CREATION = "creation"

    def __str__(self) -> str:
        return str(self.value)
