# Generated from the spec enum ActionSchedulerAsapType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ActionSchedulerAsapType(OpenStrEnum):
    ASAP = "asap"

    def __str__(self) -> str:
        return str(self.value)
