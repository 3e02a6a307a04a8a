from .._decoding import OpenStrEnum


class ActivationEventType(OpenStrEnum):
    ACTIVATION = "activation"

    def __str__(self) -> str:
        return str(self.value)
