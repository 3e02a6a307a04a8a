from .._decoding import OpenStrEnum


class HttpProviderType(OpenStrEnum):
    HTTP = "http"

    def __str__(self) -> str:
        return str(self.value)
