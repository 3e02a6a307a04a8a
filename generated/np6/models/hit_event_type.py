from .._decoding import OpenStrEnum


class HitEventType(OpenStrEnum):
    HIT = "hit"

    def __str__(self) -> str:
        return str(self.value)
