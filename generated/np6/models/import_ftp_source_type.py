from .._decoding import OpenStrEnum


class ImportFtpSourceType(OpenStrEnum):
    FTP = "ftp"

    def __str__(self) -> str:
        return str(self.value)
