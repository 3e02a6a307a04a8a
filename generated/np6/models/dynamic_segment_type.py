from .._decoding import OpenStrEnum


class DynamicSegmentType(OpenStrEnum):
    DYNAMIC = "dynamic"

    def __str__(self) -> str:
        return str(self.value)
