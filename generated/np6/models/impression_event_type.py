from .._decoding import OpenStrEnum


class ImpressionEventType(OpenStrEnum):
    IMPRESSION = "impression"

    def __str__(self) -> str:
        return str(self.value)
