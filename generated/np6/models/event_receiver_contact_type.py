from .._decoding import OpenStrEnum


class EventReceiverContactType(OpenStrEnum):
    CONTACT = "contact"

    def __str__(self) -> str:
        return str(self.value)
