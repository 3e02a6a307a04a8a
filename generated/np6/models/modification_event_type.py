from .._decoding import OpenStrEnum


class ModificationEventType(OpenStrEnum):
    MODIFICATION = "modification"

    def __str__(self) -> str:
        return str(self.value)
