# Generated from the spec enum SmsMessageActionType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class SmsMessageActionType(OpenStrEnum):
    SMSMESSAGE = "smsMessage"

    def __str__(self) -> str:
        return str(self.value)
