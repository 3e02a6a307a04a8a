from .._decoding import OpenStrEnum


class MailMessageActionType(OpenStrEnum):
    MAILMESSAGE = "mailMessage"

    def __str__(self) -> str:
        return str(self.value)
