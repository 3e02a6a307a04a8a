from .._decoding import OpenStrEnum


class StaticSegmentType(OpenStrEnum):
    STATIC = "static"

    def __str__(self) -> str:
        return str(self.value)
