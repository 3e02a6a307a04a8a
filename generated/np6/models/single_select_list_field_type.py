from .._decoding import OpenStrEnum


class SingleSelectListFieldType(OpenStrEnum):
    SINGLESELECTLIST = "singleSelectList"

    def __str__(self) -> str:
        return str(self.value)
