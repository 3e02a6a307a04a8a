# Generated from the spec enum MailMessageActionType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class MailMessageActionType(OpenStrEnum):
    MAILMESSAGE = "mailMessage"

    def __str__(self) -> str:
        return str(self.value)
