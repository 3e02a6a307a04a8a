# Generated from the spec enum ActionSchedulerScheduledType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ActionSchedulerScheduledType(OpenStrEnum):
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
