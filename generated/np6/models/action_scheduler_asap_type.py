from .._decoding import OpenStrEnum


class ActionSchedulerAsapType(OpenStrEnum):
    ASAP = "asap"

    def __str__(self) -> str:
        return str(self.value)
