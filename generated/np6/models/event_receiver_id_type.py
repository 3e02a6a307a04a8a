from .._decoding import OpenStrEnum


class EventReceiverIdType(OpenStrEnum):
    ID = "id"

    def __str__(self) -> str:
        return str(self.value)
