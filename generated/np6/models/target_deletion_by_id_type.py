from .._decoding import OpenStrEnum


class TargetDeletionByIdType(OpenStrEnum):
    ID = "id"

    def __str__(self) -> str:
        return str(self.value)
