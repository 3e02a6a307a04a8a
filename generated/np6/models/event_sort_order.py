# Generated from the spec enum EventSortOrder by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class EventSortOrder(OpenStrEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)
