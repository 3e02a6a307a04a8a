from .._decoding import OpenStrEnum


class ComplaintEventType(OpenStrEnum):
    COMPLAINT = "complaint"

    def __str__(self) -> str:
        return str(self.value)
