from .._decoding import OpenStrEnum


class DeliveryEventType(OpenStrEnum):
    DELIVERY = "delivery"

    def __str__(self) -> str:
        return str(self.value)
