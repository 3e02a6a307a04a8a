from .._decoding import OpenStrEnum


class ImportFileSourceType(OpenStrEnum):
    FILE = "file"

    def __str__(self) -> str:
        return str(self.value)
