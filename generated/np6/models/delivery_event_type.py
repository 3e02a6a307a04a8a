# Generated from the spec enum DeliveryEventType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class DeliveryEventType(OpenStrEnum):
    DELIVERY = "delivery"

    def __str__(self) -> str:
        return str(self.value)
