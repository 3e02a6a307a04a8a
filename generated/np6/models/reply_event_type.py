# Generated from the spec enum ReplyEventType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ReplyEventType(OpenStrEnum):
    REPLY = "reply"

    def __str__(self) -> str:
        return str(self.value)
