from .._decoding import OpenStrEnum


class ImportRedListFeatureType(OpenStrEnum):
    REDLIST = "redList"

    def __str__(self) -> str:
        return str(self.value)
