from .._decoding import OpenStrEnum


class ApnsProviderType(OpenStrEnum):
    APNS = "apns"

    def __str__(self) -> str:
        return str(self.value)
