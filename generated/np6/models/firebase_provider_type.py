# Generated from the spec enum FirebaseProviderType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class FirebaseProviderType(OpenStrEnum):
    FIREBASE = "firebase"

    def __str__(self) -> str:
        return str(self.value)
