from .._decoding import OpenStrEnum


class ImportReportFeatureType(OpenStrEnum):
    REPORT = "report"

    def __str__(self) -> str:
        return str(self.value)
