from .._decoding import OpenStrEnum


class EventBounceAnalysisVerdict(OpenStrEnum):
    HARD = "hard"
    SOFT = "soft"

    def __str__(self) -> str:
        return str(self.value)
