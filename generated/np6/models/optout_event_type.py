from .._decoding import OpenStrEnum


class OptoutEventType(OpenStrEnum):
    OPTOUT = "optout"

    def __str__(self) -> str:
        return str(self.value)
