# Generated from the spec enum HttpProviderType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class HttpProviderType(OpenStrEnum):
    HTTP = "http"

    def __str__(self) -> str:
        return str(self.value)
