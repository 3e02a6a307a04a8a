# Generated from the spec enum EventBounceAnalysisVerdict by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class EventBounceAnalysisVerdict(OpenStrEnum):
    HARD = "hard"
    SOFT = "soft"

    def __str__(self) -> str:
        return str(self.value)
