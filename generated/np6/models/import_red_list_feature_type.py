# Generated from the spec enum ImportRedListFeatureType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ImportRedListFeatureType(OpenStrEnum):
    REDLIST = "redList"

    def __str__(self) -> str:
        return str(self.value)
