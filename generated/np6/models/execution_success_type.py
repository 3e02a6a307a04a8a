from .._decoding import OpenStrEnum


class ExecutionSuccessType(OpenStrEnum):
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
