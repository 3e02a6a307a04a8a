# Generated from the spec enum ApnsProviderType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ApnsProviderType(OpenStrEnum):
    APNS = "apns"

    def __str__(self) -> str:
        return str(self.value)
