from .._decoding import OpenStrEnum


class CancellationEventType(OpenStrEnum):
    CANCELLATION = "cancellation"

    def __str__(self) -> str:
        return str(self.value)
