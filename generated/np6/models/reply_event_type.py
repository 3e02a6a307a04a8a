from .._decoding import OpenStrEnum


class ReplyEventType(OpenStrEnum):
    REPLY = "reply"

    def __str__(self) -> str:
        return str(self.value)
