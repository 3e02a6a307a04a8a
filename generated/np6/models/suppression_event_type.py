from .._decoding import OpenStrEnum


class SuppressionEventType(OpenStrEnum):
    SUPPRESSION = "suppression"

    def __str__(self) -> str:
        return str(self.value)
