# Generated from the spec enum ActionSchedulerTimeZoneType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ActionSchedulerTimeZoneType(OpenStrEnum):
    TIMEZONESCHEDULE = "timeZoneSchedule"

    def __str__(self) -> str:
        return str(self.value)
