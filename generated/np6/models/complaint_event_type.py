# Generated from the spec enum ComplaintEventType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ComplaintEventType(OpenStrEnum):
    COMPLAINT = "complaint"

    def __str__(self) -> str:
        return str(self.value)
