from .._decoding import OpenStrEnum


class BounceEventType(OpenStrEnum):
    BOUNCE = "bounce"

    def __str__(self) -> str:
        return str(self.value)
