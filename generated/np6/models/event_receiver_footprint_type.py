from .._decoding import OpenStrEnum


class EventReceiverFootprintType(OpenStrEnum):
    FOOTPRINT = "footprint"

    def __str__(self) -> str:
        return str(self.value)
