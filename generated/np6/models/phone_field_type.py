# Generated from the spec enum PhoneFieldType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class PhoneFieldType(OpenStrEnum):
    PHONE = "phone"

    def __str__(self) -> str:
        return str(self.value)
