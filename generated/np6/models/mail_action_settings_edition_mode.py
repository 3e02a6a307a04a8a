# Generated from the spec enum MailActionSettingsEditionMode by templates/int_enum.py.jinja: do not edit.
from .._decoding import OpenIntEnum


class MailActionSettingsEditionMode(OpenIntEnum):
    DESIGN = 0
    HTML = 1
    TEXT = 2

    def __str__(self) -> str:
        return str(self.value)
