from .._decoding import OpenStrEnum


class ExecutionEventType(OpenStrEnum):
    EXECUTION = "execution"

    def __str__(self) -> str:
        return str(self.value)
