# Generated from the spec enum ImportFileSourceType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ImportFileSourceType(OpenStrEnum):
    FILE = "file"

    def __str__(self) -> str:
        return str(self.value)
