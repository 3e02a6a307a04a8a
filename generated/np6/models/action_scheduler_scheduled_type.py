from .._decoding import OpenStrEnum


class ActionSchedulerScheduledType(OpenStrEnum):
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
