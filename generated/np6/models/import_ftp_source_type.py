# Generated from the spec enum ImportFtpSourceType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ImportFtpSourceType(OpenStrEnum):
    FTP = "ftp"

    def __str__(self) -> str:
        return str(self.value)
