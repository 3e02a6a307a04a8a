# Generated from the spec enum ImportReportFeatureType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ImportReportFeatureType(OpenStrEnum):
    REPORT = "report"

    def __str__(self) -> str:
        return str(self.value)
