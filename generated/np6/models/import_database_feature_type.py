from .._decoding import OpenStrEnum


class ImportDatabaseFeatureType(OpenStrEnum):
    DATABASE = "database"

    def __str__(self) -> str:
        return str(self.value)
