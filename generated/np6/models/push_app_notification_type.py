# Generated from the spec enum PushAppNotificationType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class PushAppNotificationType(OpenStrEnum):
    PUSH_APP = "push-app"

    def __str__(self) -> str:
        return str(self.value)
