from .._decoding import OpenStrEnum


class TargetDeletionBySegmentType(OpenStrEnum):
    SEGMENT = "segment"

    def __str__(self) -> str:
        return str(self.value)
