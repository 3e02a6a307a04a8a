from .._decoding import OpenStrEnum


class ActionSchedulerTimeZoneType(OpenStrEnum):
    TIMEZONESCHEDULE = "timeZoneSchedule"

    def __str__(self) -> str:
        return str(self.value)
