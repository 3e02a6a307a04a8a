from .._decoding import OpenStrEnum


class FirebaseProviderType(OpenStrEnum):
    FIREBASE = "firebase"

    def __str__(self) -> str:
        return str(self.value)
