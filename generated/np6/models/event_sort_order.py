from .._decoding import OpenStrEnum


class EventSortOrder(OpenStrEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)
