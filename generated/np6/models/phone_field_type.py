from .._decoding import OpenStrEnum


class PhoneFieldType(OpenStrEnum):
    PHONE = "phone"

    def __str__(self) -> str:
        return str(self.value)
