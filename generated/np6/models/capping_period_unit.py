# Generated from the spec enum CappingPeriodUnit by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class CappingPeriodUnit(OpenStrEnum):
    DAY = "DAY"
    HOUR = "HOUR"
    MILLISECOND = "MILLISECOND"
    MINUTE = "MINUTE"
    MONTH = "MONTH"
    SECOND = "SECOND"
    WEEK = "WEEK"
    YEAR = "YEAR"

    def __str__(self) -> str:
        return str(self.value)
