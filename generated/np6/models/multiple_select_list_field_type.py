from .._decoding import OpenStrEnum


class MultipleSelectListFieldType(OpenStrEnum):
    MULTIPLESELECTLIST = "multipleSelectList"

    def __str__(self) -> str:
        return str(self.value)
