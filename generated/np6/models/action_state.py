# Generated from the spec enum ActionState by templates/int_enum.py.jinja: do not edit.
from .._decoding import OpenIntEnum


class ActionState(OpenIntEnum):
    CREATION = 10
    CREATED = 20
    STATE_30 = 30
    STATE_35 = 35
    STATE_36 = 36
    ASKING_VALIDATION = 38
    WAITING_VALIDATION = 40
    VALIDATED = 50
    STATE_55 = 55
    STATE_60 = 60
    STATE_80 = 80
    DELETED = 90
    ARCHIVED = 100

    def __str__(self) -> str:
        return str(self.value)
