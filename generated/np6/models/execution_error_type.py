from .._decoding import OpenStrEnum


class ExecutionErrorType(OpenStrEnum):
    ERROR = "error"

    def __str__(self) -> str:
        return str(self.value)
