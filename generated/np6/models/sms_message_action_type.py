from .._decoding import OpenStrEnum


class SmsMessageActionType(OpenStrEnum):
    SMSMESSAGE = "smsMessage"

    def __str__(self) -> str:
        return str(self.value)
