from .._decoding import OpenStrEnum


class EventLinkType(OpenStrEnum):
    FORM = "form"
    MIRROR = "mirror"
    OPEN = "open"
    REDIRECTION = "redirection"
    UNSUBSCRIBE = "unsubscribe"

    def __str__(self) -> str:
        return str(self.value)
